import { timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import express from 'express';
import { projectRoot } from '../paths';
import type { Store } from '../store/store';
import { createContext, type ApiContext } from './context';
import { formatError } from './errors';
import { checkLimits, DEFAULT_LIMITS, type Limits } from './limits';
import { resolvers } from './resolvers';
import { responseCache } from './responseCache';

export interface ApiOptions {
  store: Store;
  port: number;
  host: string;
  /** The key mutations need in `x-api-key`; without one, mutations are refused. */
  apiKey?: string;
  /** Development: stack traces and internal messages in errors, the Sandbox landing page. */
  dev: boolean;
  limits?: Limits;
  /** Whole-response cache keyed on the graph version; off when absent or 0 MB. */
  cache?: { megabytes: number; pollMs: number };
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

/**
 * GraphQL at /graphql (Apollo Server on Express), /healthz (the process answers) and /readyz
 * (Neo4j answers). The driver reconnects by itself, so after a Neo4j restart /readyz turns
 * true again and queries work without restarting the server.
 */
export async function startApi(o: ApiOptions): Promise<RunningApi> {
  const app = express();
  const server = createServer(app);
  const cache = o.cache && o.cache.megabytes > 0 ? await responseCache(o.store, o.cache) : null;
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: typeDefs(),
    resolvers,
    formatError: formatError(o.dev),
    includeStacktraceInErrorResponses: o.dev,
    introspection: true,
    // The caller owns shutdown (the API, then Neo4j); Apollo's own signal handling would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      limitsPlugin(o.limits ?? DEFAULT_LIMITS),
      ...(cache?.plugins ?? []),
      o.dev
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  // Express hashes every body for an ETag; answers are no-store, so no client revalidates one.
  app.disable('etag');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    void o.store.ping().then((ready) => {
      res.status(ready ? 200 : 503).json({ ready, neo4j: ready ? 'reachable' : 'unreachable' });
    });
  });
  app.use(
    '/graphql',
    // Answers change with every ingest, so no HTTP cache may keep one (a GET can be cached).
    // Apollo says so itself only when its cache hints make HTTP headers, which the response
    // cache turns off: its hints are for the server's own cache.
    (_req, res, next) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    // A report of 2M CJK characters is ~6 MB of UTF-8.
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(
          createContext({
            store: o.store,
            authorized: keyMatches(req.headers['x-api-key'], o.apiKey),
          }),
        ),
    }),
  );
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
    },
  };
}
