/**
 * The explorer's one way to the data: POST /graphql, the public API any client uses. Errors
 * come back as one type with a kind the page can explain: the server is down, the database
 * is down, the request was refused, or something else went wrong.
 */

export type FailureKind = 'offline' | 'database' | 'refused' | 'server';

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const DATABASE_CODES = new Set(['SERVICE_UNAVAILABLE']);
const REFUSED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'NOT_FOUND',
]);

function failureOf(code: string | undefined, message: string): ApiFailure {
  if (code && DATABASE_CODES.has(code))
    return new ApiFailure(
      'database',
      'The server is up, but Neo4j does not answer it. Try again in a moment; if this lasts, check that Neo4j is running (the server’s /readyz says).',
      code,
    );
  if (code && REFUSED_CODES.has(code)) return new ApiFailure('refused', message, code);
  return new ApiFailure('server', message, code);
}

/** One GraphQL request; resolves with `data` only when there are no errors. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiFailure('offline', 'The server cannot be reached. Is `npm start` running?');
  }
  let body: GraphQLAnswer<T>;
  try {
    body = (await res.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiFailure('server', `The server answered ${res.status} without GraphQL.`);
  }
  const first = body.errors?.[0];
  if (first) throw failureOf(first.extensions?.code, first.message);
  if (!body.data) throw new ApiFailure('server', 'The server answered without data.');
  return body.data;
}
