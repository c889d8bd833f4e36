import type { DocumentGraph } from '../domain/documentGraph';
import { documentRows } from './rows';
import type { Store, Tx } from './store';

export type IngestOutcome = 'new' | 'unchanged' | 'replaced';

async function deleteDocument(tx: Tx, hash: string): Promise<void> {
  await tx.run('document-delete', { hash });
}

/**
 * Writes one document graph in one write transaction, all or nothing. A report already
 * ingested (same content hash) changes nothing; an edited report from the same source
 * replaces that source's earlier document and leaves every other document alone.
 */
export async function ingestGraph(store: Store, g: DocumentGraph): Promise<IngestOutcome> {
  const rows = documentRows(g);
  const { hash } = rows;
  return store.write('ingest-document', async (tx) => {
    const claim = await tx.run<{ fresh: boolean }>('document-claim', {
      hash,
      source: g.source,
      published: g.published,
      script: g.script,
      warnings: g.warnings,
    });
    if (claim.records[0]?.get('fresh') !== true) return 'unchanged';
    const superseded = await tx.run<{ hash: string }>('document-superseded', {
      hash,
      source: g.source,
    });
    for (const r of superseded.records) await deleteDocument(tx, r.get('hash'));
    await tx.run('upsert-persons', { rows: rows.persons });
    await tx.run('upsert-organisations', { rows: rows.organisations });
    await tx.run('upsert-themes', { rows: rows.themes });
    await tx.run('upsert-meeting', { rows: rows.meetings, hash });
    await tx.run('create-proposals', { rows: rows.proposals, hash });
    for (const [type, edges] of rows.edgesByType)
      await tx.run(`create-edges/${type}`, { rows: edges, hash });
    await tx.run('document-mentions', { hash, uids: rows.mentions });
    await tx.run('document-complete', {
      hash,
      proposals: rows.proposals.length,
      persons: rows.persons.length,
    });
    return superseded.records.length > 0 ? 'replaced' : 'new';
  });
}

/** Deletes one document and the facts only it supported. */
export async function removeDocument(store: Store, hash: string): Promise<boolean> {
  return store.write('delete-document', async (tx) => {
    const r = await tx.run<{ orphansDeleted: number }>('document-delete', { hash });
    return r.records.length > 0;
  });
}

export async function graphCounts(store: Store): Promise<{ nodes: number; relationships: number }> {
  return store.read('counts', async (tx) => {
    const r = await tx.run<{ nodes: number; relationships: number }>('counts');
    const rec = r.records[0];
    return { nodes: rec?.get('nodes') ?? 0, relationships: rec?.get('relationships') ?? 0 };
  });
}
