/**
 * The project's one error family. Each error has a literal `code`; the GraphQL boundary maps it to
 * `extensions.code`, the CLI to its exit status. Messages are for people; code decides on `code`.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'CONFIG_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'STORE_WRITE_FAILED'
  | 'SNAPSHOT_INVALID'
  | 'QUERY_REFUSED';

/** An expected failure with a machine-readable code. */
export class KgError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KgError';
  }
}

/** True when `error` is a {@link KgError}, optionally with the given code. */
export function isKgError(error: unknown, code?: ErrorCode): error is KgError {
  return error instanceof KgError && (code === undefined || error.code === code);
}
