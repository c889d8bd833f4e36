/** Codes every layer uses; the API maps them to GraphQL `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'BAD_INPUT_ENCODING'
  | 'BAD_INPUT_BINARY'
  | 'BAD_INPUT_EMPTY'
  | 'BAD_INPUT_TOO_LARGE'
  | 'BAD_INPUT_NOT_A_REPORT';

/** An error with a code and a one-line message fit to show a user (no stack). */
export class KgError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KgError';
  }
}
