import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { HttpError, readJsonBody } from './requestBody';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A JSON answer; every answer here says no HTTP cache may keep it. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * The limits bound what a query may ask for, not what the data holds (a long evidence text in
 * each of 50,000 fields): the answer itself has a cap too, so no client can make the server
 * hold and send hundreds of megabytes.
 */
function tooLarge(bytes: number, limit: number): unknown {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return {
    errors: [
      {
        message: `the answer is ${mb(bytes)} MB, over the limit of ${mb(limit)} MB: ask for fewer fields or smaller pages`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ],
  };
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Apollo Server on Node's own HTTP server (the integration API Apollo documents:
 * executeHTTPGraphQLRequest). No web framework: under load Express's router and body parser
 * took a fifth to a quarter of the API's CPU per search request (docs/performance.md, bench:api).
 */
export function graphqlHandler<C extends BaseContext>(o: {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  limitBytes: number;
  /** A larger complete answer is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
}): Handler {
  return async (req, res) => {
    let body: unknown;
    try {
      body = await readJsonBody(req, o.limitBytes);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      sendJson(res, e.status, { errors: [{ message: e.message, extensions: { code: e.code } }] });
      return;
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const answer = await o.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers: headerMap(req),
        search: q >= 0 ? url.slice(q) : '',
        body,
      },
      context: () => o.context(req),
    });
    // Answers change with every ingest, so no HTTP cache may keep one (a GET can be cached).
    // Apollo says so itself only when its cache hints make HTTP headers, which the response
    // cache turns off: its hints are for the server's own cache.
    res.setHeader('cache-control', 'no-store');
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const bytes = Buffer.byteLength(answer.body.string);
      if (bytes > o.maxResponseBytes) {
        sendJson(res, 400, tooLarge(bytes, o.maxResponseBytes));
        return;
      }
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
