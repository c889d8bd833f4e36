import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedStatus, stopEmbedded } from '../src/store/embedded';
import { projectRoot } from '../src/paths';
import { startServe, type Served } from '../bench/served';
import { SAMPLE_FILE } from './helpers/store';

// What `npm start` runs, as a user runs it: its own embedded Neo4j (no NEO4J_URI), the bundled
// reports, GraphQL on a free port; then Ctrl-C, which under npm arrives twice.
const API_KEY = 'serve-test-key-0123456789';

/**
 * A long report sent to ingestReport is extracted on the API's worker thread: /healthz keeps
 * answering throughout. On the server's own thread each rule's pass over the whole report held
 * every request for seconds.
 */
async function healthAnswersWhileAReportIsExtracted(url: string): Promise<void> {
  let text = readFileSync(SAMPLE_FILE, 'utf8');
  while (text.length < 1_000_000) text += `\n\n${text}`;
  text = text.slice(0, 1_000_000);
  let pending = true;
  const mutation = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
    body: JSON.stringify({
      query: 'mutation ($i: IngestReportInput!) { ingestReport(input: $i) { outcome } }',
      variables: { i: { text, source: 'test/serve-long.txt' } },
    }),
  }).finally(() => (pending = false));
  let answered = 0;
  let slowest = 0;
  const health = url.replace(/graphql$/, 'healthz');
  while (pending) {
    const asked = Date.now();
    const res = await fetch(health);
    if (pending && res.status === 200) answered++;
    slowest = Math.max(slowest, Date.now() - asked);
    await new Promise((r) => setTimeout(r, 50));
  }
  const body = (await (await mutation).json()) as { data?: { ingestReport: { outcome: string } } };
  expect(body.data?.ingestReport.outcome).toBe('new');
  expect(answered).toBeGreaterThan(20);
  // Measured on a million characters: slowest 0.47 s on the worker, 4.7 s on the server's
  // thread (its rules run between the tagger's batches). The bound sits between, far from both.
  expect(slowest).toBeLessThan(2000);
}

let served: Served | null = null;
afterAll(async () => {
  // A failed expectation skips the test's Ctrl-C: the server must not outlive the run.
  await served?.stop();
});

test('kg serve loads the bundled reports, answers GraphQL, and stops its Neo4j on Ctrl-C', async () => {
  served = await startServe({ KG_API_KEY: API_KEY });
  const { url, dataDir, child: server, exited } = served;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ person(name: "王沪宁") { name } themes { totalCount } meetings(first: 100) { edges { node { date } } } }',
    }),
  });
  const body = (await res.json()) as {
    data: {
      person: { name: string } | null;
      themes: { totalCount: number };
      meetings: { edges: { node: { date: string | null } }[] };
    };
    errors?: unknown;
  };
  // Every bundled report went in (pino's line on stderr), and the query raised no error.
  expect(served.logs()).toMatch(
    /"new":10,"unchanged":0,"replaced":0,"failed":0,"msg":"bundled reports ingested"/,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.person?.name).toBe('王滬寧');
  expect(body.data.themes.totalCount).toBeGreaterThan(0);
  // Datelines (北京6月14日电) name no year: the bundled files' names give the publication date.
  const dates = body.data.meetings.edges.map((e) => e.node.date);
  expect(dates.length).toBeGreaterThan(5);
  expect(dates).not.toContain(null);
  expect(dates).toEqual(expect.arrayContaining(['2024-04-26', '2024-06-14', '2023-10-12']));
  expect(embeddedStatus(dataDir).running).toBe(true);

  await healthAnswersWhileAReportIsExtracted(url);

  server.kill('SIGINT');
  server.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(embeddedStatus(dataDir).running).toBe(false);
  expect(served.logs()).toMatch(/"msg":"neo4j connection closed, embedded Neo4j stopped"/);
}, 300_000);

test('kg serve on a taken port says so and exits before it starts Neo4j', async () => {
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
  const { port } = taken.address() as AddressInfo;
  const own = mkdtempSync(join(tmpdir(), 'kg-serve-taken-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA_DIR: own, PORT: String(port) };
    delete env.NEO4J_URI;
    const server = spawn(process.execPath, [join(projectRoot(), 'bin', 'kg.js'), 'serve'], {
      env,
    });
    let err = '';
    server.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((r) => server.on('exit', (c) => r(c)));
    expect(code).not.toBe(0);
    expect(err).toMatch(new RegExp(`port ${port} .*is taken`));
    expect(embeddedStatus(own).pid).toBeNull();
  } finally {
    taken.close();
    await stopEmbedded(own);
    rmSync(own, { recursive: true, force: true });
  }
}, 120_000);

test('kg serve stopped by Ctrl-C while it starts stops the Neo4j it started', async () => {
  const own = mkdtempSync(join(tmpdir(), 'kg-serve-early-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA_DIR: own, PORT: '0' };
    delete env.NEO4J_URI;
    const server = spawn(process.execPath, [join(projectRoot(), 'bin', 'kg.js'), 'serve'], {
      env,
    });
    const exited = new Promise<number | null>((r) => server.on('exit', (c) => r(c)));
    let err = '';
    let out = '';
    server.stdout.on('data', (b: Buffer) => (out += b.toString()));
    await new Promise<void>((resolve) =>
      server.stderr.on('data', (b: Buffer) => {
        err += b.toString();
        // Neo4j is up and the bundled reports are going in: not serving yet.
        if (err.includes('embedded Neo4j ready')) resolve();
      }),
    );
    server.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).not.toMatch(/GraphQL ready/);
    expect(embeddedStatus(own).running).toBe(false);
    expect(err).toMatch(/embedded Neo4j stopped/);
  } finally {
    await stopEmbedded(own);
    rmSync(own, { recursive: true, force: true });
  }
}, 300_000);
