import { timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { projectRoot } from '../paths';
import { IngestPool } from '../pipeline/ingestPool';
import type { ReportIngestResult } from '../pipeline/reportIngest';
import type { ExtractTask } from '../pipeline/task';
import type { Store } from '../store/store';
import { createContext, type ApiContext } from './context';
import { formatError } from './errors';
import { explorer, wantsIde, type Explorer } from './explorer';
import { graphqlHandler, sendJson, type Handler } from './graphqlHandler';
import { checkLimits, DEFAULT_LIMITS, type Limits } from './limits';
import { resolvers } from './resolvers';
import { responseCache } from './responseCache';
import { log } from '../log';

export interface ApiOptions {
  store: Store;
  port: number;
  host: string;
  /** The key mutations need in `x-api-key`; without one, mutations are refused. */
  apiKey?: string;
  /** Development: stack traces and internal messages in errors. */
  dev: boolean;
  limits?: Limits;
  /** Whole-response cache keyed on the graph version; off when absent or 0 MB. */
  cache?: { megabytes: number; pollMs: number };
  /** The largest answer sent (32 MB unless given). */
  maxResponseBytes?: number;
}

export interface RunningApi {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The SDL, read from schema/*.graphql (the same files codegen reads). */
export function typeDefs(): string {
  const dir = join(projectRoot(), 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

function keyMatches(given: unknown, expected: string | undefined): boolean {
  if (!expected || typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function limitsPlugin(limits: Limits): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(rc) {
          const err = checkLimits(
            {
              schema: rc.schema,
              document: rc.document,
              operationName: rc.operationName ?? null,
              variables: rc.request.variables ?? {},
            },
            limits,
          );
          return err ? Promise.reject(err) : Promise.resolve();
        },
      });
    },
  };
}

const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_TOKENS = 15_000;

/** A report of 2M CJK characters is ~6 MB of UTF-8. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** The path without its query string; `/graphql/` is `/graphql`. */
function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Routes by path: the API's own, then the explorer's pages and files. A browser opening
 * /graphql gets the IDE. A failure no handler answered becomes a 500 without internals.
 */
function router(
  routes: ReadonlyMap<string, Handler>,
  web: Explorer,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = pathOf(req.url);
    const found = path === '/graphql' && wantsIde(req) ? web.ide : routes.get(path);
    if (!found) {
      if (!web.serve(req, res, path)) sendJson(res, 404, { error: 'not found' });
      return;
    }
    found(req, res).catch((e: unknown) => {
      log.error({ err: e, url: req.url }, 'request failed');
      if (res.headersSent) res.destroy();
      else
        sendJson(res, 500, {
          errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
    });
  };
}

/** A GET (or HEAD) endpoint answering JSON. */
function getJson(answer: () => Promise<{ status: number; body: unknown }>): Handler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'method not allowed' });
      return;
    }
    const { status, body } = await answer();
    sendJson(res, status, body);
  };
}

/** GraphQL, liveness and readiness, by path. */
function routes(
  o: ApiOptions,
  apollo: ApolloServer<ApiContext>,
  ingest: ApiContext['ingest'],
): Map<string, Handler> {
  return new Map([
    [
      '/graphql',
      graphqlHandler({
        apollo,
        limitBytes: BODY_LIMIT_BYTES,
        maxResponseBytes: o.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        context: (req) =>
          Promise.resolve(
            createContext({
              store: o.store,
              authorized: keyMatches(req.headers['x-api-key'], o.apiKey),
              ingest,
            }),
          ),
      }),
    ],
    ['/healthz', getJson(() => Promise.resolve({ status: 200, body: { status: 'ok' } }))],
    [
      '/readyz',
      getJson(async () => {
        const ready = await o.store.ping();
        return {
          status: ready ? 200 : 503,
          body: { ready, neo4j: ready ? 'reachable' : 'unreachable' },
        };
      }),
    ],
  ]);
}

/**
 * GraphQL at /graphql (Apollo Server on Node's HTTP server; GraphiQL for a browser), /healthz
 * (the process answers), /readyz (Neo4j answers) and the explorer at /. The driver reconnects by itself, so after a Neo4j restart /readyz
 * turns true again and queries work without restarting the server.
 */
export async function startApi(o: ApiOptions): Promise<RunningApi> {
  // Routes are attached once Apollo has started; the server listens only after that.
  const server = createServer();
  const cache = o.cache && o.cache.megabytes > 0 ? await responseCache(o.store, o.cache) : null;
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: typeDefs(),
    resolvers,
    formatError: formatError(o.dev),
    includeStacktraceInErrorResponses: o.dev,
    introspection: true,
    // The parser stops at this many tokens: 12,000 aliased `__schema` (100,000 tokens, 400 kB)
    // took 0.6 s of this thread to parse and validate before the root-field limit refused it.
    // The largest query here, every field of the schema three levels deep, has 2,400.
    parseOptions: { maxTokens: MAX_TOKENS },
    // The caller owns shutdown (the API, then Neo4j); Apollo's own signal handling would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      limitsPlugin(o.limits ?? DEFAULT_LIMITS),
      // Apollo's default cache-control plugin wraps every field's resolver to collect cache
      // hints, which only the response cache reads (our own header says no-store). Without the
      // cache, dropping it cut the API's CPU per neighbourhood request (a few hundred fields)
      // by 5-10% (docs/performance.md, bench:api).
      ...(cache?.plugins ?? [ApolloServerPluginCacheControlDisabled()]),
      // Apollo's landing pages load the Sandbox from a CDN, which fails offline: a browser
      // opening /graphql gets the bundled GraphiQL instead (explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // Reports sent to ingestReport are read and written on a worker thread, started with the
  // first one (it loads the tagger and jieba, a few seconds): on this thread, a report of 2M
  // characters held /healthz and every query for the minute its extraction takes.
  const pool = new IngestPool(o.store);
  const ingest = (task: ExtractTask): Promise<ReportIngestResult> => pool.run(task);
  server.on('request', router(routes(o, apollo, ingest), explorer()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host;
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    close: async () => {
      cache?.stop();
      await apollo.stop();
      await pool.close();
    },
  };
}
