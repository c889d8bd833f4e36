import {
  batchFacts,
  columns,
  FACT_EDGE_TYPES,
  type ClaimedDocument,
} from '../../src/store/batchFacts';
import { cypher } from '../../src/store/cypher';
import type { DocumentRows, EdgeRow } from '../../src/store/rows';

const edge = (type: string, from: string, to: string): EdgeRow => ({
  type,
  from,
  to,
  props: type === 'HOLDS_POST' ? { post: 'x' } : {},
  start: 1,
  end: 2,
  quote: `${from}→${to}`,
});

/** A document's rows: its people and themes by key, its proposals by uid, and its edges. */
function doc(
  hash: string,
  o: { persons?: string[]; themes?: string[]; proposals?: string[]; edges?: EdgeRow[] },
): ClaimedDocument {
  const edgesByType = new Map<string, EdgeRow[]>();
  for (const e of o.edges ?? []) edgesByType.set(e.type, [...(edgesByType.get(e.type) ?? []), e]);
  const rows: DocumentRows = {
    hash,
    persons: (o.persons ?? []).map((k) => ({ uid: `person:${k}`, key: k })),
    organisations: [],
    themes: (o.themes ?? []).map((k) => ({ uid: `theme:${k}`, key: k })),
    meetings: [],
    proposals: (o.proposals ?? []).map((uid) => ({ uid, doc: hash })),
    edgesByType,
    mentions: [
      ...(o.persons ?? []).map((k) => ({ doc: hash, uid: `person:${k}` })),
      ...(o.themes ?? []).map((k) => ({ doc: hash, uid: `theme:${k}` })),
    ],
    names: o.persons ?? [],
  };
  return { rows, docId: `id-${hash}`, proposals: rows.proposals.length, persons: 0 };
}

type Columns = Record<string, unknown[]>;
type Row = Record<string, unknown>;

/** Columns back to rows: row i holds every column's value i. */
function rowsOf(c: unknown): Row[] {
  const cols = Object.entries(c as Columns);
  const n = cols[0]?.[1].length ?? 0;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(cols.map(([k, v]) => [k, v[i]])));
}

/** The node list the statement collects: documents, then each kind's rows in parameter order. */
function nodeKeys(p: Record<string, unknown>, docs: ClaimedDocument[]): string[] {
  const uids = (k: string): string[] => rowsOf(p[k]).map((r) => String(r.uid));
  return [
    ...docs.map((d) => d.rows.hash),
    ...['persons', 'organisations', 'themes', 'meetings', 'proposals'].flatMap(uids),
  ];
}

describe('the parameters of one batch of facts', () => {
  test.each([
    {
      why: 'a person two documents share is one position, the first of its rows',
      docs: [
        doc('h1', {
          persons: ['b', 'a'],
          proposals: ['p1'],
          edges: [edge('PROPOSES', 'person:a', 'p1')],
        }),
        doc('h2', {
          persons: ['a'],
          proposals: ['p2'],
          edges: [edge('PROPOSES', 'person:a', 'p2')],
        }),
      ],
      type: 'PROPOSES',
      ends: [
        ['person:a', 'p1', 'h1'],
        ['person:a', 'p2', 'h2'],
      ],
    },
    {
      why: 'themes and proposals of the second document point past the first one’s rows',
      docs: [
        doc('h1', { themes: ['t1'], proposals: ['p1'] }),
        doc('h2', { themes: ['t2'], proposals: ['p2'], edges: [edge('ABOUT', 'p2', 'theme:t2')] }),
      ],
      type: 'ABOUT',
      ends: [['p2', 'theme:t2', 'h2']],
    },
  ])('$why', ({ docs, type, ends }) => {
    const p = batchFacts(docs);
    const keys = nodeKeys(p, docs);
    const rows = rowsOf((p.edges as Record<string, Columns>)[type]);
    expect(rows.map((r) => [keys[r.from as number], keys[r.to as number]])).toEqual(
      ends.map(([f, t]) => [f, t]),
    );
    const hashes = p.hashes as string[];
    const quotes = p.quotes as string[];
    expect(
      rows.map((r) => [
        hashes[r.doc as number],
        quotes[r.quote as number],
        r.start,
        r.end,
        r.props,
      ]),
    ).toEqual(ends.map(([f, t, h]) => [h, `${f}→${t}`, 1, 2, null]));
  });

  test('a relationship’s own properties go as a map, and a relationship without any as null', () => {
    const p = batchFacts([
      doc('h1', {
        persons: ['a'],
        proposals: ['p1'],
        edges: [edge('PROPOSES', 'person:a', 'p1')],
      }),
    ]);
    const d = doc('h2', { persons: ['a'] });
    d.rows.organisations.push({ uid: 'organisation:o', key: 'o' });
    d.rows.edgesByType.set('HOLDS_POST', [edge('HOLDS_POST', 'person:a', 'organisation:o')]);
    const q = batchFacts([d]);
    const props = (x: Record<string, unknown>, type: string): unknown[] =>
      (x.edges as Record<string, Columns>)[type]?.props ?? [];
    expect(props(p, 'PROPOSES')).toEqual([null]);
    expect(props(q, 'HOLDS_POST')).toEqual([{ post: 'x' }]);
  });

  test('people are sent sorted by key, so concurrent batches lock them in one order', () => {
    const p = batchFacts([doc('h1', { persons: ['c', 'a'] }), doc('h2', { persons: ['b'] })]);
    expect(rowsOf(p.persons).map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });

  test('a theme several documents raise is one row; a sentence several relationships share is sent once', () => {
    const quoted = (type: string, from: string, to: string): EdgeRow => ({
      ...edge(type, from, to),
      quote: 'same',
    });
    const p = batchFacts([
      doc('h1', { themes: ['t'], proposals: ['p1'], edges: [quoted('ABOUT', 'p1', 'theme:t')] }),
      doc('h2', { themes: ['t'], proposals: ['p2'], edges: [quoted('RAISED_AT', 'p2', 'p1')] }),
    ]);
    expect(rowsOf(p.themes).map((r) => r.uid)).toEqual(['theme:t']);
    expect(p.quotes).toEqual(['same']);
  });

  test('mentions and completion marks name their documents by position', () => {
    const docs = [doc('h1', { persons: ['a'] }), doc('h2', { themes: ['t'] })];
    const p = batchFacts(docs);
    const keys = nodeKeys(p, docs);
    expect(rowsOf(p.mentions).map((m) => [keys[m.from as number], keys[m.to as number]])).toEqual([
      ['h1', 'person:a'],
      ['h2', 'theme:t'],
    ]);
    expect(rowsOf(p.complete).map((c) => keys[c.at as number])).toEqual(['h1', 'h2']);
    expect(p.docs).toEqual(['id-h1', 'id-h2']);
  });

  test('an edge to a node the batch does not hold fails before anything is sent', () => {
    const d = doc('h1', {
      persons: ['a'],
      edges: [edge('HOLDS_POST', 'person:a', 'organisation:x')],
    });
    expect(() => batchFacts([d])).toThrow(/organisation:x/);
  });

  test('the statement has a block for every relationship type the extractor makes', () => {
    const text = cypher('ingest-facts');
    for (const type of FACT_EDGE_TYPES) {
      expect(text).toContain(`WITH n, $edges.${type} AS c`);
      expect(text).toContain(`CREATE (a)-[r:${type}]->(b)`);
    }
    expect(text.match(/\$edges\./g)).toHaveLength(FACT_EDGE_TYPES.length);
  });
});

describe('rows sent as columns', () => {
  test.each([
    {
      why: 'each key becomes one list, in row order',
      rows: [
        { a: 1, b: 'x' },
        { a: 2, b: 'y' },
      ],
      keys: ['a', 'b'],
      want: { a: [1, 2], b: ['x', 'y'] },
    },
    {
      why: 'a key a row lacks is null, so every list has one value per row',
      rows: [{ a: 1 }, { a: 2, b: false }],
      keys: ['a', 'b'],
      want: { a: [1, 2], b: [null, false] },
    },
    {
      why: 'no rows is empty lists, which the statement reads as no rows',
      rows: [],
      keys: ['a'],
      want: { a: [] },
    },
  ])('$why', ({ rows, keys, want }) => {
    expect(columns(rows, keys)).toEqual(want);
  });
});
