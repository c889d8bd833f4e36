import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { explorer, WEB_DIR } from '../../src/api/explorer';
import type { RunningApi } from '../../src/api/server';
import type { Connection } from '../../src/store/connect';
import { testApi } from '../helpers/api';
import { testConnection } from '../helpers/store';

// The explorer and the IDE over HTTP, as `npm run build` left them in dist/web. What a browser
// does with them is in test/browser/.
let conn: Connection;
let api: RunningApi;
let origin: string;

beforeAll(async () => {
  conn = await testConnection();
  api = await testApi(conn.store);
  origin = new URL(api.url).origin;
}, 120_000);
afterAll(async () => {
  await api.close();
  await conn.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers, redirect: 'manual' });

/** The scripts and stylesheets a built page names. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

test('/ is the explorer page, under a policy that lets it load only from this server', async () => {
  const res = await get('/');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  expect(res.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  const html = await res.text();
  expect(html).toContain('<div id="app">');
  expect(html).toBe(readFileSync(join(WEB_DIR, 'index.html'), 'utf8'));
});

test.each([
  '/person/UGVyc29uOnE',
  '/graph/abc?depth=2&hide=ABOUT',
  '/matrix',
  '/path?from=a',
  '/theme/x',
])('the explorer route %s answers with the page, which routes itself', async (path) => {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('<div id="app">');
});

test('every file the pages name is served with its type, and kept a year (hashed names)', async () => {
  const pages = ['index.html', 'graphiql.html'].map((f) => readFileSync(join(WEB_DIR, f), 'utf8'));
  const assets = pages.flatMap(assetsOf);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  for (const a of assets) {
    const res = await get(a);
    expect([a, res.status]).toEqual([a, 200]);
    expect(res.headers.get('content-type')).toMatch(
      a.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
    );
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

test('text is sent gzipped to a client that accepts it, byte for byte the file', async () => {
  const script = assetsOf(readFileSync(join(WEB_DIR, 'index.html'), 'utf8')).find((a) =>
    a.endsWith('.js'),
  );
  if (!script) throw new Error('the page names no script');
  // fetch() would inflate it itself: read the raw bytes with node's http client instead.
  const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      void import('node:http').then(({ get: httpGet }) =>
        httpGet(`${origin}${script}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', reject),
      );
    },
  );
  expect(raw.encoding).toBe('gzip');
  expect(gunzipSync(raw.body).equals(readFileSync(join(WEB_DIR, script)))).toBe(true);
});

test('a browser opening /graphql gets GraphiQL; GraphQL requests still get GraphQL', async () => {
  const ide = await get('/graphql', { accept: 'text/html,application/xhtml+xml' });
  expect(ide.status).toBe(200);
  expect(await ide.text()).toContain('<div id="graphiql">');
  const getQuery = await get('/graphql?query=%7B__typename%7D', {
    accept: 'text/html, application/json',
    'apollo-require-preflight': 'true',
  });
  expect(getQuery.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expect(await getQuery.json()).toEqual({ data: { __typename: 'Query' } });
  const post = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/html, application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
});

test.each([
  ['an unknown path', '/nothing-here', 'GET'],
  ['a path out of the folder', '/assets/../package.json', 'GET'],
  ['a file that was never built', '/assets/none.js', 'GET'],
  ['a POST to the page', '/', 'POST'],
])('%s is a 404', async (_what, path, method) => {
  const res = await fetch(`${origin}${path}`, { method });
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ error: 'not found' });
});

test('HEAD answers the headers without the page', async () => {
  const res = await fetch(`${origin}/`, { method: 'HEAD' });
  expect(res.status).toBe(200);
  expect(Number(res.headers.get('content-length'))).toBeGreaterThan(100);
  expect(await res.text()).toBe('');
});

test('without a build the pages answer 503 saying how to build them; GraphQL is unaffected', async () => {
  const web = explorer(join(WEB_DIR, 'no-such-build'));
  const server: Server = createServer((req, res) => {
    if (!web.serve(req, res, (req.url ?? '/').split('?')[0] ?? '/')) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/person/x`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(/npm run build/);
  } finally {
    server.close();
  }
});
