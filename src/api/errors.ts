import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ZodError } from 'zod';
import { KgError, type ErrorCode } from '../domain/errors';

/** The codes a client sees (Apollo's conventions); input problems all become BAD_USER_INPUT. */
function clientCode(code: ErrorCode): string {
  return code.startsWith('BAD_INPUT_') ? 'BAD_USER_INPUT' : code;
}

/** Apollo's own codes for requests that never reach a resolver: kept as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Outside development these codes get a fixed message: theirs name the driver's error, the
 * database's address or the statement that failed, which are the operator's business.
 */
const GENERIC: Partial<Record<string, string>> = {
  INTERNAL_SERVER_ERROR: 'internal error',
  SERVICE_UNAVAILABLE: 'the database is unavailable or too slow to answer; try again shortly',
};

/**
 * The one formatter of errors for clients: our codes in `extensions.code`, zod issues as field
 * errors, and nothing internal (no stack, no driver message) unless in development.
 */
export function formatError(dev: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof KgError) {
      const code = clientCode(original.code);
      const message = dev ? original.message : (GENERIC[code] ?? original.message);
      return { ...base, message, extensions: { code } };
    }
    if (original instanceof ZodError) {
      return {
        ...base,
        message: original.issues.map((i) => i.message).join('; '),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: original.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        },
      };
    }
    const given = formatted.extensions?.code;
    const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
    if (REQUEST_CODES.has(code) || (original instanceof GraphQLError && !original.originalError))
      return { ...base, message: formatted.message, extensions: { code } };
    return {
      ...base,
      message: dev ? formatted.message : 'internal error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
