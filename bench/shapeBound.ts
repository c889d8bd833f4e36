import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { batchFacts } from '../src/store/batchFacts';
import { documentRows } from '../src/store/rows';
import type { StoredDocument } from '../src/store/ingestGraph';
import type { Store } from '../src/store/store';

let statement: string | null = null;

/**
 * Writes a batch the way bench:ingest's shape bound does (bench/shape-bound.cypher): the same
 * rows, in the same columns, as the real ingest statement, created in one statement with no
 * identity and no index. Its documents are created too, with their text.
 */
export async function writeShape(store: Store, batch: readonly StoredDocument[]): Promise<void> {
  statement ??= readFileSync(join(projectRoot(), 'bench', 'shape-bound.cypher'), 'utf8');
  const rows = batch.map((d) => documentRows(d.graph));
  const params = batchFacts(
    batch.map((d, i) => ({
      rows: rows[i]!,
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
  await store.driver.executeQuery(
    statement,
    { ...params, documents },
    { database: store.database },
  );
}
