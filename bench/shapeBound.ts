import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { batchFacts } from '../src/store/batchFacts';
import { documentRows } from '../src/store/rows';
import type { StoredDocument } from '../src/store/ingestGraph';
import type { Store } from '../src/store/store';

let statement: string | null = null;

/** bench/shape-bound.cypher, read once. */
export function shapeStatement(): string {
  statement ??= readFileSync(join(projectRoot(), 'bench', 'shape-bound.cypher'), 'utf8');
  return statement;
}

/**
 * The shape bound's parameters for a batch: the ingest statement's own (batchFacts, the same
 * rows in the same columns) and the documents themselves, which the shape bound creates too,
 * with their text.
 */
export function shapeParams(batch: readonly StoredDocument[]): Record<string, unknown> {
  const params = batchFacts(
    batch.map((d) => ({
      rows: documentRows(d.graph),
      docId: '',
      proposals: d.graph.proposals.length,
      persons: d.graph.persons.length,
    })),
  );
  const documents = batch.map(({ graph: g, text }) => ({
    hash: g.contentHash,
    source: g.source,
    published: g.published,
    script: g.script,
    text: text ?? null,
    warnings: g.warnings,
    complete: true,
    proposals: g.proposals.length,
    persons: g.persons.length,
  }));
  return { ...params, documents };
}

/** Writes a batch the way bench:ingest's shape bound does: one statement, one transaction. */
export async function writeShape(store: Store, batch: readonly StoredDocument[]): Promise<void> {
  await store.driver.executeQuery(shapeStatement(), shapeParams(batch), {
    database: store.database,
  });
}
