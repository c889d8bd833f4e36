/**
 * npm run bench:api — a synthetic corpus (fixed seed, ≥ 10,000 reports) in a fresh embedded
 * Neo4j behind the GraphQL API (in processes of their own, apart from the load generator);
 * person-profile, neighbourhood (depth 2), search and
 * whoAdvocated requests at concurrency 32 with autocannon, and, in the same run, the same
 * Cypher (recorded from the API's own requests) sent straight through the driver; then the
 * same requests behind a bare Node HTTP server (bench/floorServer.ts: what any HTTP JSON service
 * over this driver pays, without GraphQL); then the
 * same requests against a second API with the response cache on (the best case: the inputs
 * repeat, so after the first round every answer is a hit); last, the uncached API with one
 * client at a time (a lone user's wait, no queue).
 *
 * Each scenario first warms both paths (Neo4j's JIT compiles its read paths during the first
 * seconds of load: measured first, the API paid twice the database CPU per request that the
 * replay paid after it), then measures them in ROUNDS alternating rounds, and prints medians.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { globalId } from '../src/api/ids';
import { startApi } from '../src/api/server';
import { ingestAll } from '../src/pipeline/ingestAll';
import type { QueryEvent, Store } from '../src/store/store';
import { freshDatabase, syntheticTasks } from './benchDatabase';
import { median, percentile, rotation } from './harness';

const REPORTS = Number(process.env.REPORTS ?? 10_000);
const SEED = Number(process.env.SEED ?? 2024);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONCURRENCY = 32;

const SCENARIOS = {
  profile: `query ($id: ID!) { node(id: $id) { ... on Person { name aliases
    posts { title post former organisation { name } evidence { quote } }
    proposals(first: 10) { totalCount edges { node { text date themes { name } evidence { quote } } } }
    themes { count theme { name } } attended { venue remote meeting { name date } } } } }`,
  neighbourhood: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 50) {
    nodes { id __typename } edges { type from to } truncated } }`,
  search: `query ($q: String!) { search(query: $q, first: 10) { score highlight node { id } } }`,
  whoAdvocated: `query ($theme: String!) { whoAdvocated(theme: $theme, first: 10) {
    person { name } count proposals { text evidence { quote } } } }`,
} as const;

interface Figures {
  p50: number;
  p99: number;
  rps: number;
}

/** Each figure's median over rounds. */
function medians(rounds: Figures[]): Figures {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rps: median(rounds.map((r) => r.rps)),
  };
}

/** Each body in turn, POSTed by autocannon. */
async function viaHttp(
  url: string,
  bodies: string[],
  seconds: number,
  connections = CONCURRENCY,
): Promise<Figures> {
  let i = 0;
  const r = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  if (r.non2xx > 0) throw new Error(`${r.non2xx} requests failed`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average };
}

/** The recorded statements of each request, run in order, each sent as the API sends it. */
async function viaDriver(
  store: Store,
  recorded: QueryEvent[][],
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const request = recorded[i++ % recorded.length] ?? [];
        const t0 = process.hrtime.bigint();
        for (const q of request) await store.query(q.useCase, q.params);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
  };
}

/** Starts a server script of bench/ in a child process: its URL and a stop function. */
async function serverProcess(
  script: string,
  env: Record<string, string>,
): Promise<{ url: string; stop: () => void; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, script)], {
    // Production mode, as the Docker image runs: graphql-js's development checks (its
    // instanceOf) took 3% of the API's CPU in a profile of this load.
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
  return { url, child, stop: () => child.kill('SIGTERM') };
}

const apiProcess = (uri: string, cacheMb: number): ReturnType<typeof serverProcess> =>
  serverProcess('apiServer.js', { NEO4J_URI: uri, KG_CACHE_MB: String(cacheMb) });

async function main(): Promise<void> {
  let recording: QueryEvent[] | null = null;
  const db = await freshDatabase({ onQuery: (e) => recording?.push(e) });
  const { store } = db;
  const spool = mkdtempSync(join(tmpdir(), 'kg-bench-recorded-'));
  try {
    const s = await ingestAll(syntheticTasks(SEED, REPORTS), {
      store,
      workers: Math.max(1, availableParallelism() - 1),
      writeConcurrency: 1,
    });
    console.log(`corpus: ${s.new} reports ingested in ${s.seconds.toFixed(0)} s (seed ${SEED})`);
    // In this process, only to record each request's Cypher; the load goes to API processes.
    const api = await startApi({ store, port: 0, host: '127.0.0.1', dev: false });
    const served = await apiProcess(db.uri, 0);
    const cached = await apiProcess(db.uri, 64);
    const pick = async (q: string): Promise<string[]> =>
      (await store.driver.executeQuery(q, {}, { database: store.database })).records.map((r) =>
        String(r.get(0)),
      );
    const people = await pick(
      'MATCH (p:Person) WITH p, COUNT { (p)-[:PROPOSES]->() } AS n WHERE n > 0 RETURN p.uid ORDER BY p.uid LIMIT 64',
    );
    const themes = await pick(
      'MATCH (t:Theme) RETURN t.name ORDER BY COUNT { (t)<-[:ABOUT]-() } DESC, t.name LIMIT 32',
    );
    const inputs: Record<keyof typeof SCENARIOS, object[]> = {
      profile: people.map((uid) => ({ id: globalId('Person', uid) })),
      neighbourhood: people.map((uid) => ({ id: globalId('Person', uid) })),
      search: themes.map((q) => ({ q })),
      whoAdvocated: themes.map((theme) => ({ theme })),
    };
    console.log(
      `concurrency ${CONCURRENCY}; per scenario a warm-up, then ${ROUNDS} alternating rounds of ${SECONDS} s per path, medians; latencies in ms`,
    );
    console.log(
      'scenario        API p50   p99    req/s | driver p50   p99    req/s | p50 ratio | floor p50   p99    req/s | floor ratio | cached p50   p99    req/s | alone p50   p99',
    );
    for (const [name, query] of Object.entries(SCENARIOS) as [keyof typeof SCENARIOS, string][]) {
      const vars = inputs[name];
      const recorded: QueryEvent[][] = [];
      for (const v of vars) {
        recording = [];
        const res = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: v }),
        });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        recorded.push(recording);
      }
      recording = null;
      const bodies = vars.map((variables) => JSON.stringify({ query, variables }));
      const file = join(spool, `${name}.json`);
      writeFileSync(file, JSON.stringify(recorded));
      const floor = await serverProcess('floorServer.js', { NEO4J_URI: db.uri, KG_RECORDED: file });
      const floorBodies = recorded.map((_, r) => JSON.stringify({ r }));
      const legs = [
        { run: (t: number) => viaHttp(served.url, bodies, t), rounds: [] as Figures[] },
        { run: (t: number) => viaDriver(store, recorded, t), rounds: [] as Figures[] },
        { run: (t: number) => viaHttp(floor.url, floorBodies, t), rounds: [] as Figures[] },
      ];
      for (const leg of legs) await leg.run(Math.ceil(SECONDS / 3));
      // Each round starts with the next path, so that a drift in the machine's load weighs on
      // every path alike.
      for (let round = 0; round < ROUNDS; round++)
        for (const leg of rotation(legs, round)) leg.rounds.push(await leg.run(SECONDS));
      floor.stop();
      const [a, d, b] = legs.map((leg) => medians(leg.rounds)) as [Figures, Figures, Figures];
      const ratios = legs[0]!.rounds.map((r, k) => r.p50 / (legs[1]!.rounds[k]?.p50 ?? NaN));
      await viaHttp(cached.url, bodies, Math.ceil(SECONDS / 3));
      const h = await viaHttp(cached.url, bodies, SECONDS);
      // One client at a time: what a single user waits, with no queue in front of the request.
      const one = await viaHttp(served.url, bodies, SECONDS, 1);
      const f = (x: number, w = 6): string => x.toFixed(1).padStart(w);
      const statements = recorded.reduce((n, r) => n + r.length, 0) / recorded.length;
      console.log(
        `${name.padEnd(14)} ${f(a.p50)} ${f(a.p99)} ${f(a.rps, 8)} | ${f(d.p50, 9)} ${f(d.p99)} ${f(d.rps, 8)} | ${(a.p50 / d.p50).toFixed(2).padStart(9)} | ${f(b.p50, 9)} ${f(b.p99)} ${f(b.rps, 8)} | ${(b.p50 / d.p50).toFixed(2).padStart(11)} | ${f(h.p50, 9)} ${f(h.p99)} ${f(h.rps, 8)} | ${f(one.p50, 9)} ${f(one.p99)}  (${statements.toFixed(1)} statements/request uncached; p50 ratio per round ${ratios.map((x) => x.toFixed(2)).join(' ')})`,
      );
    }
    console.log(
      'floor: the same statements behind a bare Node HTTP server (bench/floorServer.ts: body in, records out as JSON, no GraphQL)',
    );
    console.log('targets: API p50 ≤ 1.5 × driver p50; p99 < 50 ms for profile and neighbourhood');
    await api.close();
    served.stop();
    cached.stop();
  } finally {
    await db.close();
    rmSync(spool, { recursive: true, force: true });
  }
}

void main();
