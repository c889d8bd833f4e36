import { availableParallelism } from 'node:os';
import { SingleBar, Presets } from 'cli-progress';
import { connect } from '../store/connect';
import { graphCounts } from '../store/ingestGraph';
import { ingestAll, type IngestSummary } from '../pipeline/ingestAll';
import { countReports, listReports } from '../pipeline/listReports';
import type { IngestArgs } from './args';
import { failureLines } from './failureLines';

function report(s: IngestSummary, delta: { nodes: number; relationships: number } | null): string {
  const sign = (n: number): string => `${n >= 0 ? '+' : ''}${n}`;
  const graph = delta
    ? `${sign(delta.nodes)} nodes, ${sign(delta.relationships)} relationships`
    : 'size unknown (Neo4j unavailable)';
  const lines = [
    `documents ${s.documents}: new ${s.new}, unchanged ${s.unchanged}, replaced ${s.replaced}, failed ${s.failed}`,
    `graph: ${graph} (${s.elements} elements written) in ${s.seconds.toFixed(1)} s, ${(s.documents / Math.max(s.seconds, 1e-9)).toFixed(1)} documents/s`,
    ...failureLines(s.failures),
  ];
  return lines.join('\n') + '\n';
}

/** `kg ingest PATH...`: extract and store reports; a summary at the end; exit 1 if any failed. */
export async function runIngest(a: IngestArgs): Promise<boolean> {
  const total = countReports(a.paths);
  const workers = a.workers ?? (total > 4 ? Math.max(1, availableParallelism() - 1) : 0);
  const conn = await connect({ keepEmbedded: a.keepDb });
  try {
    const before = await graphCounts(conn.store);
    const started = Date.now();
    const bar =
      process.stderr.isTTY && total > 1
        ? new SingleBar(
            {
              format: 'ingest [{bar}] {value}/{total} documents | {rate} docs/s | failed {failed}',
              stream: process.stderr,
            },
            Presets.shades_classic,
          )
        : null;
    bar?.start(total, 0, { rate: '0.0', failed: 0 });
    const summary = await ingestAll(listReports(a.paths, a.published ?? null), {
      store: conn.store,
      workers,
      writeConcurrency: a.writeConcurrency,
      batchSize: a.batchSize,
      onDocument: (_source, _outcome, s) => {
        const seconds = (Date.now() - started) / 1000;
        bar?.update(s.documents, {
          rate: (s.documents / Math.max(seconds, 1e-9)).toFixed(1),
          failed: s.failed,
        });
      },
    });
    bar?.stop();
    const after = await graphCounts(conn.store).catch(() => null);
    process.stdout.write(
      report(
        summary,
        after && {
          nodes: after.nodes - before.nodes,
          relationships: after.relationships - before.relationships,
        },
      ),
    );
    if (a.keepDb && conn.embedded)
      process.stdout.write(
        `Neo4j keeps running at ${conn.embedded.uri} (stop it with: npx kg db stop)\n`,
      );
    return summary.failed === 0;
  } finally {
    await conn.close();
  }
}
