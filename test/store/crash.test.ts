import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { syntheticCorpus } from '../../bench/synthetic';
import { startEmbedded, stopEmbedded, type EmbeddedHandle } from '../../src/store/embedded';
import { projectRoot } from '../../src/paths';

// This test owns a second embedded Neo4j, so it can kill it without disturbing the others.
const dataDir = mkdtempSync(join(tmpdir(), 'kg-crash-neo4j-'));
const corpus = mkdtempSync(join(tmpdir(), 'kg-crash-corpus-'));
// Enough one-document transactions that the kill lands in the middle of the folder.
const REPORTS = 300;
const options = { dataDir, port: 0, heap: '512m', pageCache: '64m', timeoutMs: 600_000 };

let lastOutput = '';
function ingest(uri: string): Promise<number | null> {
  return new Promise((resolve) => {
    lastOutput = '';
    const child = spawn(
      process.execPath,
      [
        join(projectRoot(), 'bin', 'kg.js'),
        'ingest',
        corpus,
        '--workers',
        '0',
        '--write-concurrency',
        '1',
        '--batch-size',
        '1',
      ],
      {
        env: { ...process.env, NEO4J_URI: uri },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    child.stdout.on('data', (b: Buffer) => (lastOutput += b.toString()));
    child.on('exit', (code) => resolve(code));
  });
}

async function count(d: Driver, q: string): Promise<number> {
  const r = await d.executeQuery(q);
  return Number(r.records[0]?.get(0) ?? 0);
}

let handle: EmbeddedHandle;
beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  for (const r of syntheticCorpus(7, REPORTS))
    writeFileSync(join(corpus, r.source.replace(/\//g, '_')), r.text);
  handle = await startEmbedded(options);
}, 300_000);
afterAll(async () => {
  await stopEmbedded(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

test('leaves no partial document when Neo4j is killed mid-ingest, and a rerun completes the folder', async () => {
  const first = ingest(handle.uri);
  const watch = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', 'x'));
  for (let i = 0; i < 600; i++) {
    const done = await count(watch, 'MATCH (d:Document) RETURN count(d)').catch(() => 0);
    if (done >= 3) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(handle.pid, 'SIGKILL');
  await watch.close();
  expect(await first).not.toBe(0);
  // The documents after the kill failed for one reason: one line says so, with their number.
  const failures = lastOutput.split('\n').filter((l) => l.startsWith('failed:'));
  expect(failures.length).toBeGreaterThan(0);
  expect(failures.length).toBeLessThanOrEqual(3);
  expect(lastOutput).toMatch(/failed: \d+ documents .*unavailable/);

  handle = await startEmbedded(options);
  const d = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', 'x'));
  try {
    const written = await count(d, 'MATCH (d:Document) RETURN count(d)');
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(REPORTS);
    expect(await count(d, 'MATCH (d:Document) WHERE d.complete IS NULL RETURN count(d)')).toBe(0);
    expect(
      await count(
        d,
        // A document's proposals are its own, or another's it reports again (REPORTED_IN).
        'MATCH (d:Document) WITH d, COUNT { MATCH (p:Proposal {doc: d.hash}) } + COUNT { MATCH (:Proposal)-[:REPORTED_IN]->(d) } AS n WHERE n <> d.proposals RETURN count(d)',
      ),
    ).toBe(0);
    expect(
      await count(
        d,
        'MATCH (p:Proposal) WHERE NOT EXISTS { MATCH (d:Document {hash: p.doc}) } RETURN count(p)',
      ),
    ).toBe(0);

    expect(await ingest(handle.uri)).toBe(0);
    expect(await count(d, 'MATCH (d:Document {complete: true}) RETURN count(d)')).toBe(REPORTS);
  } finally {
    await d.close();
  }
}, 300_000);
