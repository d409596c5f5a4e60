import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isKgError } from '../domain/errors';

/** Codes whose messages are written for clients and safe to pass on. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

/**
 * The one place where errors leave the server: a KgError keeps its code and message, client errors
 * (syntax, validation, refused queries) keep theirs, and anything else becomes a generic internal
 * error — no stack, no internals, no connection strings or secrets.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isKgError(original)) {
    // Store failures say only what a client can act on.
    const message = original.code === 'STORE_UNAVAILABLE' ? 'the graph store is unavailable; try again later' : original.message;
    return { message, path: formatted.path, extensions: { code: original.code === 'BAD_INPUT' ? 'BAD_USER_INPUT' : original.code } };
  }
  let code = String(formatted.extensions?.code ?? '');
  // Apollo refuses some requests (a persisted-query version it does not know, a hash that does not match
  // the query) with a 400 but no code, which it then labels INTERNAL_SERVER_ERROR; they were sent out as
  // "internal error" behind a 400 (found by the fuzzer). An error with a client status is the client's.
  const status = (original as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  if (code === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status >= 400 && status < 500) code = 'BAD_REQUEST';
  if (CLIENT_CODES.has(code)) {
    // No hints about the schema beyond what introspection gives ("Did you mean …?").
    const message = formatted.message.replace(/\s*Did you mean[^?]*\?/g, '').replace(/^Syntax Error: (?=\w+ limit)/, '');
    return { message, locations: formatted.locations, extensions: { code } };
  }
  return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
