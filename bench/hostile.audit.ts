/**
 * npm run audit:hostile — what a hostile or careless client can do to a running server.
 * Start one first (`KG_API_KEY=… npm start`), then:
 *
 *     KG_URL=http://127.0.0.1:4000/graphql KG_API_KEY=… [KG_PID=<server pid>] npm run audit:hostile
 *
 * Each case is sent once while /healthz is asked every 50 ms; it prints the case's time, HTTP
 * status, answer size and error code, the slowest /healthz meanwhile and, with KG_PID, the
 * server's resident memory after it. A hostile case answered in over 1 s (ingesting a long
 * report apart: it may take its time, but not hold /healthz), a field that once failed
 * answering with an error, or a /healthz slower than 0.5 s is marked and makes the exit status
 * 1. Without KG_API_KEY the mutation cases are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SAMPLE_DIR } from '../src/paths';

const URL_ = process.env.KG_URL ?? 'http://127.0.0.1:4000/graphql';
const KEY = process.env.KG_API_KEY;
const PID = process.env.KG_PID ? Number(process.env.KG_PID) : null;
const HEALTH = URL_.replace(/\/graphql$/, '/healthz');

interface Case {
  name: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Allowed to take long (a real report being read): only /healthz is held to its bound. */
  slow?: boolean;
  /**
   * A field that once failed, asked for as a client would: it must answer without an error
   * (the first run of a statement includes Neo4j planning it, so no time bound).
   */
  works?: boolean;
  mutation?: boolean;
}

const json = (query: string, variables?: Record<string, unknown>): string =>
  JSON.stringify({ query, variables });
const aliases = (n: number, field: string): string =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
function fanOut(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === 0
      ? 'fragment F0 on Person { name }'
      : `fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`,
  );
  return `{ person(name: "x") { ...F${levels - 1} } } ${fragments.join(' ')}`;
}
function nest(n: number): string {
  return n === 0 ? 'name' : `posts { organisation { posts { person { ${nest(n - 1)} } } } }`;
}
function longReport(chars: number): string {
  const sample = readFileSync(join(SAMPLE_DIR, 'cppcc-ai-plus-2024-04-26.txt'), 'utf8');
  let text = sample;
  while (text.length < chars) text += `\n\n${sample}`;
  return text.slice(0, chars);
}
const ingest = (text: string, source: string): string =>
  json('mutation ($i: IngestReportInput!) { ingestReport(input: $i) { outcome } }', {
    i: { text, source },
  });

function cases(): Case[] {
  return [
    { name: 'fragment fan-out, 22 levels', body: json(fanOut(22)) },
    { name: 'fragment fan-out, 29 levels', body: json(fanOut(29)) },
    {
      name: '3,000 aliased __schema',
      body: json(`{ ${aliases(3000, '__schema { types { name } }')} }`),
    },
    {
      name: '12,000 aliased __schema',
      body: json(`{ ${aliases(12000, '__schema { types { name } }')} }`),
    },
    {
      name: '4,000 aliased whoAdvocated',
      body: json(`{ ${aliases(4000, 'whoAdvocated(theme: "x") { count }')} }`),
    },
    { name: 'nested 40 deep', body: json(`{ person(name: "x") { ${nest(10)} } }`) },
    {
      name: 'every meeting document',
      body: json('{ meetings { edges { node { documents { id ingestedAt } } } } }'),
      works: true,
    },
    {
      name: 'trend by year',
      body: json('{ themes(first: 50) { edges { node { trend(by: YEAR) { period count } } } } }'),
      works: true,
    },
    {
      name: 'body not valid UTF-8',
      body: Buffer.concat([
        Buffer.from('{"query":"{ person(name: \\"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\\") { name } }"}'),
      ]),
    },
    { name: 'body not JSON', body: '{"query":' },
    {
      name: 'gzip bomb, 20 MB inflated',
      body: gzipSync(Buffer.alloc(20_000_000, 0x20)),
      headers: { 'content-encoding': 'gzip' },
    },
    { name: 'body of 9 MB', body: json('{ __typename }', { x: 'a'.repeat(9_000_000) }) },
    {
      name: 'English text as a report',
      body: ingest('The committee met on Tuesday and discussed the budget.', 'audit/english.txt'),
      mutation: true,
    },
    {
      name: 'NUL bytes as a report',
      body: ingest(`委员建议加快建设算力网络和数据中心\u0000\u0000`, 'audit/nul.txt'),
      mutation: true,
    },
    {
      name: 'HTML page as a report',
      body: ingest(
        `<html><body><script>var 张三委员建议 = 1;</script><p>英文页面</p></body></html>`,
        'audit/html.txt',
      ),
      mutation: true,
    },
    {
      name: 'report of 2M characters',
      body: ingest(longReport(2_000_000), 'audit/long.txt'),
      mutation: true,
      slow: true,
    },
  ];
}

interface Outcome {
  ms: number;
  status: number;
  bytes: number;
  code: string;
  healthMs: number;
  rssMb: number | null;
}

function rss(): number | null {
  if (PID === null) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${PID}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function run(c: Case): Promise<Outcome> {
  let done = false;
  let healthMs = 0;
  const probe = (async () => {
    while (!done) {
      const asked = performance.now();
      await fetch(HEALTH)
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      healthMs = Math.max(healthMs, performance.now() - asked);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  let status = 0;
  let text = '';
  try {
    const res = await fetch(URL_, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(KEY ? { 'x-api-key': KEY } : {}),
        ...c.headers,
      },
      body: c.body,
    });
    status = res.status;
    text = await res.text();
  } catch (e) {
    text = String(e);
  }
  const ms = performance.now() - started;
  done = true;
  await probe;
  let code = '';
  try {
    const answer = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    code = answer.errors?.[0]?.extensions?.code ?? 'ok';
  } catch {
    code = 'not JSON';
  }
  return { ms, status, bytes: Buffer.byteLength(text), code, healthMs, rssMb: rss() };
}

async function main(): Promise<void> {
  const health = await fetch(HEALTH).catch(() => null);
  if (!health?.ok) {
    process.stderr.write(`no server answers at ${HEALTH}: start one (npm start) or set KG_URL\n`);
    process.exit(2);
  }
  let failed = 0;
  process.stdout.write(
    'case | ms | status | bytes | code | worst /healthz ms | rss MB | verdict\n',
  );
  process.stdout.write('--- | --- | --- | --- | --- | --- | --- | ---\n');
  for (const c of cases()) {
    if (c.mutation && !KEY) {
      process.stdout.write(`${c.name} | | | | | | | skipped (no KG_API_KEY)\n`);
      continue;
    }
    const o = await run(c);
    const broken = c.works === true && (o.status !== 200 || o.code !== 'ok');
    const tooSlow = !c.slow && !c.works && o.ms > 1000;
    const held = o.healthMs > 500;
    if (broken || tooSlow || held) failed++;
    const verdict = broken ? 'FAILED' : tooSlow ? 'OVER 1 s' : held ? '/healthz OVER 0.5 s' : 'ok';
    process.stdout.write(
      `${c.name} | ${o.ms.toFixed(0)} | ${o.status} | ${o.bytes} | ${o.code} | ${o.healthMs.toFixed(0)} | ${o.rssMb ?? ''} | ${verdict}\n`,
    );
  }
  if (PID !== null) {
    // The API ends its ingest worker after a minute without reports, and gives back its memory.
    await new Promise((r) => setTimeout(r, 65_000));
    process.stdout.write(`resident memory after 65 s without requests: ${rss() ?? '?'} MB\n`);
  }
  process.stdout.write(
    failed ? `${failed} case(s) over their bound\n` : 'every case within its bound\n',
  );
  process.exit(failed ? 1 : 0);
}

void main();
