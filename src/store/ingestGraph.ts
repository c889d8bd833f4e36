import type { DocumentGraph } from '../domain/documentGraph';
import { batchFacts } from './batchFacts';
import { settleIdentities } from './identity';
import { documentRows, type DocumentRows } from './rows';
import type { Store, Tx } from './store';

export type IngestOutcome = 'new' | 'unchanged' | 'replaced';

/** A document graph and, when known, the text it was read from (for evidence in context). */
export interface StoredDocument {
  graph: DocumentGraph;
  text?: string;
}

interface Item {
  index: number;
  graph: DocumentGraph;
  text: string | null;
  rows: DocumentRows;
}

/**
 * Splits a batch so that within one round every hash and every source occurs once. Rounds run
 * in order inside the transaction, which gives the same outcomes as writing the documents one
 * after another (a repeated report is unchanged, a later edit replaces an earlier one).
 */
function rounds(docs: readonly StoredDocument[]): Item[][] {
  const out: { items: Item[]; keys: Set<string> }[] = [];
  docs.forEach(({ graph, text }, index) => {
    const keys = [`h:${graph.contentHash}`, `s:${graph.source}`];
    let round = out.find((r) => keys.every((k) => !r.keys.has(k)));
    if (!round) out.push((round = { items: [], keys: new Set() }));
    for (const k of keys) round.keys.add(k);
    round.items.push({ index, graph, text: text ?? null, rows: documentRows(graph) });
  });
  return out.map((r) => r.items);
}

/** The element id of a document claimed earlier in this transaction. */
function idOf(ids: Map<string, string>, hash: string): string {
  const id = ids.get(hash);
  if (id === undefined) throw new Error(`ingest: no document node was written for ${hash}`);
  return id;
}

/** The undated items whose source already holds the same text with a date: left as they are. */
async function datedAlready(tx: Tx, items: Item[]): Promise<Set<string>> {
  const undated = items.filter((i) => i.graph.published === null && i.text !== null);
  if (undated.length === 0) return new Set();
  const r = await tx.run<{ hash: string }>('documents-dated', {
    docs: undated.map(({ graph, rows, text }) => ({ hash: rows.hash, source: graph.source, text })),
  });
  return new Set(r.records.map((x) => x.get('hash')));
}

async function writeRound(tx: Tx, all: Item[], outcomes: IngestOutcome[]): Promise<void> {
  const kept = await datedAlready(tx, all);
  const items = all.filter((i) => !kept.has(i.rows.hash));
  if (items.length === 0) return;
  const claim = await tx.run<{ hash: string; fresh: boolean; id: string }>('documents-claim', {
    docs: items.map(({ graph: g, rows, text }) => ({
      hash: rows.hash,
      text,
      source: g.source,
      published: g.published,
      script: g.script,
      warnings: g.warnings,
      announcedSpeakers: g.announcedSpeakers,
      foundSpeakers: g.foundSpeakers,
      truncated: g.truncated,
    })),
  });
  const fresh = new Set(claim.records.filter((r) => r.get('fresh')).map((r) => r.get('hash')));
  // Element ids are valid inside this transaction: the facts statement finds the documents
  // claimed here by id instead of by a locking unique-index seek.
  const ids = new Map<string, string>(claim.records.map((r) => [r.get('hash'), r.get('id')]));
  const written: Item[] = [];
  for (const item of items) {
    outcomes[item.index] = fresh.has(item.rows.hash) ? 'new' : 'unchanged';
    if (fresh.has(item.rows.hash)) written.push(item);
  }
  if (written.length === 0) return;
  const superseded = await tx.run<{ by: string; hash: string }>('documents-superseded', {
    docs: written.map(({ graph, rows }) => ({ hash: rows.hash, source: graph.source })),
  });
  const names = written.flatMap((w) => w.rows.names);
  for (const r of superseded.records) {
    names.push(...(await namesOf(tx, r.get('hash'))));
    await tx.run('document-delete', { hash: r.get('hash') });
    const by = written.find((w) => w.rows.hash === r.get('by'));
    if (by) outcomes[by.index] = 'replaced';
  }
  await tx.run(
    'ingest-facts',
    batchFacts(
      written.map(({ graph, rows }) => ({
        rows,
        docId: idOf(ids, rows.hash),
        proposals: graph.proposals.length,
        persons: graph.persons.length,
      })),
    ),
  );
  await settleIdentities(tx, names);
}

/** The folded names of a document's people: whose identity its removal may change. */
async function namesOf(tx: Tx, hash: string): Promise<string[]> {
  const r = await tx.run<{ names: string[] }>('identity-names-of', { hash });
  return r.records[0]?.get('names') ?? [];
}

/**
 * Writes a batch of document graphs in one write transaction: few statements for many
 * documents, which is what makes bulk ingest fast. The batch is all or nothing; a caller that
 * needs one document's failure isolated retries its documents one by one (ingestAll does).
 * A report already ingested (same content hash) changes nothing, nor does the same text from
 * the same source given without the date it was stored with; an edited report from the same
 * source replaces that source's earlier document and leaves every other document alone.
 */
export async function ingestGraphs(
  store: Store,
  docs: readonly StoredDocument[],
): Promise<IngestOutcome[]> {
  if (docs.length === 0) return [];
  const batch = rounds(docs);
  return store.write('ingest-documents', async (tx) => {
    const outcomes = new Array<IngestOutcome>(docs.length).fill('unchanged');
    for (const items of batch) await writeRound(tx, items, outcomes);
    if (outcomes.some((o) => o !== 'unchanged')) await tx.run('graph-touch');
    return outcomes;
  });
}

/** Writes one document graph in its own transaction, all or nothing. */
export async function ingestGraph(
  store: Store,
  doc: DocumentGraph | StoredDocument,
): Promise<IngestOutcome> {
  const [outcome] = await ingestGraphs(store, ['graph' in doc ? doc : { graph: doc }]);
  return outcome ?? 'unchanged';
}

/** Deletes one document and the facts only it supported. */
export async function removeDocument(store: Store, hash: string): Promise<boolean> {
  return store.write('delete-document', async (tx) => {
    const names = await namesOf(tx, hash);
    const r = await tx.run<{ orphansDeleted: number }>('document-delete', { hash });
    await settleIdentities(tx, names);
    if (r.records.length === 0) return false;
    await tx.run('graph-touch');
    return true;
  });
}

/** The graph's change counter: it moves whenever a document is written or deleted. */
export async function graphVersion(store: Store): Promise<number> {
  const r = await store.query<{ version: number }>('graph-version');
  return r.records[0]?.get('version') ?? 0;
}

export async function graphCounts(store: Store): Promise<{ nodes: number; relationships: number }> {
  const r = await store.query<{ nodes: number; relationships: number }>('counts');
  const rec = r.records[0];
  return { nodes: rec?.get('nodes') ?? 0, relationships: rec?.get('relationships') ?? 0 };
}
