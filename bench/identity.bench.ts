/**
 * npm run bench:identity — who is who across reports (issue 23), on a synthetic corpus with
 * known truth (bench/identityCorpus.ts): homonyms with different careers, people whose posts
 * change, people named with no organisation, both scripts. The corpus is ingested into a
 * fresh embedded Neo4j three times: in its order, reversed, and shuffled with several writers
 * at once. Each time, every name a report writes is matched to the person node its document
 * mentions, and same-person precision and recall are printed (pairwise and B-cubed), with
 * whether the three graphs group the mentions identically.
 * Targets: pairwise precision ≥ 0.99 and recall ≥ 0.95, identical for every order.
 */
import { foldKey } from '../src/domain/fold';
import { ingestAll } from '../src/pipeline/ingestAll';
import type { ExtractTask } from '../src/pipeline/task';
import { freshDatabase } from './benchDatabase';
import { identityCorpus, type IdentityReport } from './identityCorpus';
import { bcubed, pairwise, partition, type ScoredMention } from './identityScore';
import { random } from './synthetic';

const SEED = Number(process.env.SEED ?? 23);
const TARGET = { precision: 0.99, recall: 0.95 };

// Bench-only reading of the graph (the product never asks this): each document's persons.
const MENTIONED = `MATCH (d:Document)-[:MENTIONS]->(p:Person)
RETURN d.source AS source, p.uid AS uid, [p.name] + p.aliases AS names`;

interface Run {
  name: string;
  order: IdentityReport[];
  writers: number;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function graphOf(
  run: Run,
): Promise<{ mentions: ScoredMention[]; missed: number; persons: number }> {
  const db = await freshDatabase();
  try {
    const tasks: ExtractTask[] = run.order.map((r) => ({
      source: r.source,
      text: r.text,
      published: r.published,
    }));
    const s = await ingestAll(tasks, {
      store: db.store,
      workers: 1,
      writeConcurrency: run.writers,
      batchSize: 8,
    });
    if (s.failed) throw new Error(`${s.failed} reports failed: ${JSON.stringify(s.failures)}`);
    const rows = await db.store.driver.executeQuery(MENTIONED, {}, { database: db.store.database });
    // (source, folded name) → person uid
    const found = new Map<string, string>();
    const persons = new Set<string>();
    for (const r of rows.records) {
      const uid = String(r.get('uid'));
      persons.add(uid);
      for (const n of r.get('names') as string[])
        found.set(`${String(r.get('source'))}|${foldKey(n)}`, uid);
    }
    const mentions: ScoredMention[] = [];
    let missed = 0;
    for (const report of run.order)
      for (const m of report.mentions) {
        const key = `${report.source}|${foldKey(m.name)}`;
        const predicted = found.get(key);
        if (predicted) mentions.push({ key, truth: m.person, predicted });
        else missed++;
      }
    return { mentions, missed, persons: persons.size };
  } finally {
    await db.close();
  }
}

const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const { people, reports } = identityCorpus(SEED);
  const runs: Run[] = [
    { name: 'in order', order: reports, writers: 1 },
    { name: 'reversed', order: [...reports].reverse(), writers: 1 },
    { name: 'shuffled, 4 writers', order: shuffled(reports, SEED + 1), writers: 4 },
  ];
  const lines = [
    `who is who: ${reports.length} synthetic reports, ${people.length} true people (seed ${SEED})`,
    '',
    '| ingest order | names matched | person nodes | pairwise P | pairwise R | B³ P | B³ R |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const partitions: string[] = [];
  let met = true;
  for (const run of runs) {
    const g = await graphOf(run);
    const pw = pairwise(g.mentions);
    const b3 = bcubed(g.mentions);
    partitions.push(partition(g.mentions));
    met &&= pw.precision >= TARGET.precision && pw.recall >= TARGET.recall;
    const total = g.mentions.length + g.missed;
    lines.push(
      `| ${run.name} | ${g.mentions.length}/${total} | ${g.persons} | ${f3(pw.precision)} | ${f3(pw.recall)} | ${f3(b3.precision)} | ${f3(b3.recall)} |`,
    );
  }
  const identical = partitions.every((p) => p === partitions[0]);
  lines.push(
    '',
    `the same grouping for every order: ${identical ? 'yes' : 'no'}`,
    `targets (pairwise P ≥ ${TARGET.precision}, R ≥ ${TARGET.recall}, order-free): ${met && identical ? 'met' : 'not met'}`,
    '',
  );
  process.stdout.write(lines.join('\n'));
  if (!met || !identical) process.exitCode = 1;
}

void main();
