import { EdgeType } from '../domain/documentGraph';
import type { DocumentRows } from './rows';

/** A claimed document whose facts go in: its rows, its counts, and its node's element id. */
export interface ClaimedDocument {
  rows: DocumentRows;
  docId: string;
  proposals: number;
  persons: number;
}

/** The relationship types written from `$edges` (MENTIONS are the document's own, apart). */
export const FACT_EDGE_TYPES = EdgeType.options.filter((t) => t !== 'MENTIONS');

/**
 * Rows as columns: one list per key, in `keys`' order (a key a row lacks is null). The statement
 * reads row i as `c.key[i]`. Why: the driver packs every map and list it is given through a
 * chain of type checks (temporal, spatial, graph types) before its values, so a batch's 10,000
 * row maps cost more than their values. Packing a 64-report batch took 25 ms as rows and
 * 7.5 ms as columns, on the one thread that also waits for Neo4j.
 */
export function columns<K extends string>(
  rows: readonly Record<string, unknown>[],
  keys: readonly K[],
): Record<K, unknown[]> {
  const out = {} as Record<K, unknown[]>;
  for (const k of keys) out[k] = rows.map((r) => r[k] ?? null);
  return out;
}

/** The keys the statement reads from each kind of row. */
const KEYS = {
  persons: ['uid', 'key', 'nameKey', 'name', 'aliases', 'folded'],
  organisations: ['uid', 'key', 'name', 'aliases', 'source', 'folded'],
  themes: ['uid', 'key', 'name', 'kind', 'parent', 'forms', 'formCounts', 'folded'],
  meetings: [
    'uid',
    'key',
    'doc',
    'name',
    'kind',
    'date',
    'location',
    'topic',
    'venues',
    'folded',
    'start',
    'end',
    'quote',
    'at',
  ],
  proposals: [
    'uid',
    'at',
    'doc',
    'text',
    'folded',
    'start',
    'end',
    'speaker',
    'speakerKind',
    'kind',
    'date',
  ],
} as const;

const byKey = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  String(a.key).localeCompare(String(b.key));

/**
 * One row per theme uid: the forms of all its rows, each with how many rows (reports) write it,
 * and the folded words of all, so the statement writes each theme once.
 */
function mergeThemes(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const merged = new Map<
    unknown,
    { row: Record<string, unknown>; counts: Map<string, number>; folded: Set<string> }
  >();
  for (const r of rows) {
    let m = merged.get(r.uid);
    if (!m) merged.set(r.uid, (m = { row: r, counts: new Map(), folded: new Set() }));
    for (const f of (r.forms as string[] | undefined) ?? [])
      m.counts.set(f, (m.counts.get(f) ?? 0) + 1);
    const folded = typeof r.folded === 'string' ? r.folded : '';
    for (const w of folded.split(' ').filter(Boolean)) m.folded.add(w);
  }
  return [...merged.values()].map(({ row, counts, folded }) => ({
    ...row,
    forms: [...counts.keys()],
    formCounts: [...counts.values()],
    folded: [...folded].join(' '),
  }));
}

/**
 * The parameters of `cypher/ingest-facts.cypher` for a batch: its node rows in the order the
 * statement collects them into one list, and its relationships with their ends as positions in
 * that list. An end the batch does not hold fails the batch here, before anything is sent.
 */
export function batchFacts(docs: readonly ClaimedDocument[]): Record<string, unknown> {
  const all = docs.map((d) => d.rows);
  // Sorted keys make concurrent batches lock shared nodes in one order, which avoids most deadlocks.
  const persons = all.flatMap((r) => r.persons).sort(byKey);
  const organisations = all.flatMap((r) => r.organisations).sort(byKey);
  // One row per theme (a batch of 64 synthetic reports held 784 theme rows for 96 themes), which
  // counts, for each form, the batch's reports that write it.
  const themes = mergeThemes(all.flatMap((r) => r.themes)).sort(byKey);
  const meetings = all.flatMap((r) => r.meetings).sort(byKey);
  const proposals = all.flatMap((r) => r.proposals);

  const positions = new Map<string, number>();
  const keys = [
    ...all.map((r) => r.hash),
    ...[persons, organisations, themes, meetings, proposals].flat().map((row) => String(row.uid)),
  ];
  keys.forEach((uid, i) => {
    if (!positions.has(uid)) positions.set(uid, i);
  });
  const at = (uid: string): number => {
    const i = positions.get(uid);
    if (i === undefined) throw new Error(`ingest: no node is written for ${uid}`);
    return i;
  };

  // A relationship's document and quote are sent once per batch and named by position (the
  // documents come first in the node list, so a document's position is its index): the
  // quote is mostly its proposal's sentence, shared by the proposal's PROPOSES, RAISED_AT and
  // ABOUT relationships, and the document hash is on every one of them.
  const quotes = new Map<string, number>();
  const quoteAt = (q: string): number => {
    let i = quotes.get(q);
    if (i === undefined) quotes.set(q, (i = quotes.size));
    return i;
  };
  const edges: Record<string, unknown> = {};
  for (const type of FACT_EDGE_TYPES) {
    const rows = all.flatMap((r, doc) =>
      (r.edgesByType.get(type) ?? []).map((e) => ({
        from: at(e.from),
        to: at(e.to),
        doc,
        quote: quoteAt(e.quote),
        start: e.start,
        end: e.end,
        // Most types have no properties of their own: null packs in one byte, a map does not.
        props: Object.keys(e.props).length > 0 ? e.props : null,
      })),
    );
    edges[type] = columns(rows, ['from', 'to', 'doc', 'quote', 'start', 'end', 'props']);
  }
  return {
    docs: docs.map((d) => d.docId),
    hashes: all.map((r) => r.hash),
    quotes: [...quotes.keys()],
    persons: columns(persons, KEYS.persons),
    organisations: columns(organisations, KEYS.organisations),
    themes: columns(themes, KEYS.themes),
    meetings: columns(
      meetings.map((m) => ({ ...m, at: at(String(m.doc)) })),
      KEYS.meetings,
    ),
    proposals: columns(
      proposals.map((p) => ({ ...p, at: at(String(p.doc)) })),
      KEYS.proposals,
    ),
    edges,
    mentions: columns(
      all
        .flatMap((r) => r.mentions)
        .map((m) => ({
          from: at(m.doc),
          to: at(m.uid),
          orgs: m.orgs,
          year: m.year,
          reason: m.reason,
        })),
      ['from', 'to', 'orgs', 'year', 'reason'],
    ),
    complete: columns(
      docs.map((d) => ({ at: at(d.rows.hash), proposals: d.proposals, persons: d.persons })),
      ['at', 'proposals', 'persons'],
    ),
  };
}
