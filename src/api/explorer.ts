import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../paths';
import { sendJson, type Handler } from './graphqlHandler';

/** Where `npm run build` puts the explorer and the GraphQL IDE (web/vite.config.ts). */
export const WEB_DIR = join(projectRoot(), 'dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Everything the pages load comes from this server: the policy says so to the browser, so a
 * library that reached for a CDN would fail loudly in the browser tests. Inline styles are
 * allowed because GraphiQL and Cytoscape set element styles.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  /** Hashed file names never change content: a browser may keep them for a year. */
  immutable: boolean;
}

/** Text worth compressing; below ~1 kB gzip's header eats the gain. */
function compressible(type: string, size: number): boolean {
  return size > 1024 && /^(text\/|application\/json|image\/svg)/.test(type);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built files, read once: only paths in this map are ever served, so no request path can
 * reach outside the folder (`/assets/../../package.json` is simply not a key).
 */
function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of filesUnder(dir)) {
    const url = `/${relative(dir, file).split(sep).join('/')}`;
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    assets.set(url, {
      body,
      type,
      gzip: compressible(type, body.length) ? gzipSync(body, { level: 9 }) : null,
      immutable: url.startsWith('/assets/'),
    });
  }
  return assets;
}

function send(req: IncomingMessage, res: ServerResponse, asset: Asset): void {
  const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip && asset.gzip ? asset.gzip : asset.body;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(asset.type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The explorer's own routes (web/src/route.ts): each answers with the page, which routes itself. */
const PAGE_PATHS =
  /^\/(?:|person\/[^/]+|organisation\/[^/]+|meeting\/[^/]+|theme\/[^/]+|proposal\/[^/]+|report\/[^/]+|graph\/[^/]+|path|matrix)$/;

export interface Explorer {
  /** Answers GET/HEAD for the page, its routes and its files; false when the path is not one. */
  serve(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  /** The GraphQL IDE's page, for a browser asking /graphql for HTML. */
  ide: Handler;
}

const NOT_BUILT = {
  error: 'the explorer is not built: run `npm run build` (npm install does it)',
};

/**
 * The explorer (`/`) and the GraphQL IDE (GraphiQL, `/graphql` in a browser), both bundled by
 * Vite into dist/web and served from memory. Without a build the API still works, and the
 * pages say how to build them.
 */
export function explorer(dir = WEB_DIR): Explorer {
  const assets = existsSync(join(dir, 'index.html')) ? loadAssets(dir) : new Map<string, Asset>();
  const page = assets.get('/index.html');
  const idePage = assets.get('/graphiql.html');
  return {
    serve(req, res, path) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const asset = PAGE_PATHS.test(path) ? page : assets.get(path);
      if (asset) send(req, res, asset);
      else if (PAGE_PATHS.test(path)) sendJson(res, 503, NOT_BUILT);
      else return false;
      return true;
    },
    ide: (req, res) => {
      if (idePage) send(req, res, idePage);
      else sendJson(res, 503, NOT_BUILT);
      return Promise.resolve();
    },
  };
}

/**
 * A browser opening /graphql: it asks for HTML and sends no query. A GraphQL GET (with a
 * `query` parameter) and every POST still go to GraphQL.
 */
export function wantsIde(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!String(req.headers.accept ?? '').includes('text/html')) return false;
  const q = (req.url ?? '').indexOf('?');
  return q < 0 || !new URLSearchParams((req.url ?? '').slice(q)).has('query');
}
