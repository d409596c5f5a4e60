/** Why a report request was refused; the code is what clients (and tests) decide on. */
export type ReportErrorCode =
  | 'UNKNOWN_REPORT'
  | 'UNKNOWN_PARAMETER'
  | 'MISSING_PARAMETER'
  | 'BAD_PARAMETER'
  | 'PARAMETER_TOO_LONG'
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'QUERY_TOO_COSTLY'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * A refused or failed report request, with the HTTP status to answer. The GraphQL errors of the
 * report's query arrive here already passed through the server's `formatError`, so messages are safe.
 */
export class ReportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportRequestError';
  }
}
