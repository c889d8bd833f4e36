import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../ingest/extract';
import { REPORTS_DIR } from '../../src/paths';
import type { Connection } from '../../src/store/connect';
import {
  graphCounts,
  ingestGraph,
  ingestGraphs,
  removeDocument,
} from '../../src/store/ingestGraph';
import { ingestAll } from '../../src/pipeline/ingestAll';
import { relationshipsWritten } from '../../src/store/rows';
import { ownDate, query, sampleText, testConnection, uniqueReport } from '../helpers/store';

let c: Connection;
beforeAll(async () => {
  c = await testConnection();
});
afterAll(async () => {
  await c.close();
});

const BIWEEKLY = 'biweekly-vocational-2024-06-14.txt';

// Each source its own meeting date, so that each test's documents hold facts of their own.
const dates = new Map<string, string>();
const graphOf = (text: string, source: string): ReturnType<typeof extract> => {
  const published = dates.get(source) ?? ownDate();
  dates.set(source, published);
  return extract(text, { source, published });
};

async function docFacts(hash: string): Promise<{ rels: number; proposals: number; docs: number }> {
  const [row] = await query<{ rels: number; proposals: number; docs: number }>(
    c,
    `CALL () { MATCH ()-[r]->() WHERE r.doc = $hash RETURN count(r) AS rels }
     CALL () { MATCH (p:Proposal {doc: $hash}) RETURN count(p) AS proposals }
     CALL () { MATCH (d:Document {hash: $hash}) RETURN count(d) AS docs }
     RETURN rels, proposals, docs`,
    { hash },
  );
  return row ?? { rels: 0, proposals: 0, docs: 0 };
}

describe('ingesting into Neo4j', () => {
  test('gives identical node and relationship counts when the sample is ingested twice', async () => {
    const g = await graphOf(sampleText(), 'test/sample-twice.txt');
    await ingestGraph(c.store, g);
    const once = await graphCounts(c.store);
    expect(await ingestGraph(c.store, g)).toBe('unchanged');
    expect(await graphCounts(c.store)).toEqual(once);
  });

  test("counts as written every relationship a new document's write creates", async () => {
    const text = uniqueReport('written', readFileSync(join(REPORTS_DIR, BIWEEKLY), 'utf8'));
    const g = await graphOf(text, 'test/written.txt');
    await ingestGraph(c.store, g);
    // Every relationship carries its document: MENTIONS and REPORTED_IN included.
    const { rels, proposals } = await docFacts(g.contentHash);
    expect(proposals).toBeGreaterThan(0);
    expect(rels).toBe(relationshipsWritten(g));
    expect(relationshipsWritten(g)).toBeGreaterThan(g.edges.length);
  });

  test('writes each fact with its evidence: document, offsets and the quote', async () => {
    const text = uniqueReport('evidence');
    const g = await graphOf(text, 'test/evidence.txt');
    await ingestGraph(c.store, g);
    const rows = await query<{ start: number; end: number; quote: string; type: string }>(
      c,
      'MATCH (:Person)-[r:PROPOSES]->(p:Proposal {doc: $hash}) RETURN r.start AS start, r.end AS end, r.quote AS quote, type(r) AS type',
      { hash: g.contentHash },
    );
    expect(rows).toHaveLength(g.proposals.length);
    // The raw span may also hold a photo caption that layout repair took out of the sentence.
    const squash = (x: string): string => x.replace(/\s/g, '');
    for (const r of rows) {
      const raw = squash(text.slice(r.start, r.end));
      const quote = squash(r.quote);
      expect([raw.slice(0, 8), raw.slice(-8)]).toEqual([quote.slice(0, 8), quote.slice(-8)]);
    }
  });

  test('gives every relationship the evidence of its own edge: type, offsets, quote and properties', async () => {
    const text = uniqueReport('evidence-all', readFileSync(join(REPORTS_DIR, BIWEEKLY), 'utf8'));
    const g = await graphOf(text, 'test/evidence-all.txt');
    await ingestGraph(c.store, g);
    const stored = await query<{ type: string; props: Record<string, unknown> }>(
      c,
      `MATCH ()-[r]->() WHERE r.doc = $hash AND NOT type(r) IN ['MENTIONS', 'REPORTED_IN']
       RETURN type(r) AS type, properties(r) AS props`,
      { hash: g.contentHash },
    );
    // Neo4j keeps no property whose value is null.
    const row = (type: string, p: Record<string, unknown>): string =>
      `${type} ${Object.keys(p)
        .filter((k) => p[k] !== null)
        .sort()
        .map((k) => `${k}=${String(p[k])}`)
        .join(' ')}`;
    const expected = g.edges
      .filter((e) => e.type !== 'MENTIONS')
      .map((e) =>
        row(e.type, {
          ...e.properties,
          doc: g.contentHash,
          start: e.evidence.start,
          end: e.evidence.end,
          quote: e.evidence.text,
        }),
      );
    expect(new Set(g.edges.map((e) => e.type)).size).toBeGreaterThan(4);
    expect(stored.map((r) => row(r.type, r.props)).sort()).toEqual(expected.sort());
  });

  test('keeps every name an organisation was reported under searchable, whatever the order of the reports', async () => {
    const first = await graphOf(uniqueReport('alias-first'), 'test/alias-first.txt');
    const org = first.organisations[0];
    if (!org) throw new Error('the sample names no organisation');
    const alias = '某某研究会简称';
    const named = {
      ...first,
      organisations: first.organisations.map((o) =>
        o.id === org.id ? { ...o, aliases: [...o.aliases, alias] } : o,
      ),
    };
    // A later report names the same organisation without that short form.
    const later = await graphOf(uniqueReport('alias-later'), 'test/alias-later.txt');
    expect(later.organisations.find((o) => o.key === org.key)?.aliases).not.toContain(alias);
    await ingestGraph(c.store, named);
    await ingestGraph(c.store, later);
    const found = await query<{ key: string }>(
      c,
      `CALL db.index.fulltext.queryNodes('fact_search', $q) YIELD node
       WHERE node:Organisation RETURN node.key AS key`,
      { q: `"${alias}"` },
    );
    expect(found.map((r) => r.key)).toEqual([org.key]);
  });

  test('leaves no duplicates after 20 concurrent ingests of the same report', async () => {
    const g = await graphOf(uniqueReport('concurrent'), 'test/concurrent.txt');
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => ingestGraph(c.store, g)));
    expect(outcomes.filter((o) => o === 'new')).toHaveLength(1);
    const facts = await docFacts(g.contentHash);
    expect(facts.docs).toBe(1);
    expect(facts.proposals).toBe(g.proposals.length);
    // The document's MENTIONS reach its people (already among g.edges), organisations and themes.
    const edges = g.edges.length + g.organisations.length + g.themes.length + (g.meeting ? 1 : 0);
    expect(facts.rels).toBe(edges);
    const people = await query<{ n: number }>(
      c,
      'MATCH (p:Person {nameKey: $key}) RETURN count(p) AS n',
      { key: g.persons[0]?.key },
    );
    expect(people[0]?.n).toBe(1);
  });

  test("replaces an edited report's facts and leaves other documents alone", async () => {
    const other = await graphOf(uniqueReport('bystander'), 'test/bystander.txt');
    await ingestGraph(c.store, other);
    const before = await docFacts(other.contentHash);
    const v1 = await graphOf(uniqueReport('edit-v1'), 'test/edited.txt');
    const v2 = await graphOf(
      uniqueReport('edit-v2', sampleText().replace(/李萌認為，應在新藥創制[^。]*。/, '')),
      'test/edited.txt',
    );
    expect(await ingestGraph(c.store, v1)).toBe('new');
    expect(await ingestGraph(c.store, v2)).toBe('replaced');
    expect((await docFacts(v1.contentHash)).docs).toBe(0);
    expect((await docFacts(v1.contentHash)).rels).toBe(0);
    expect((await docFacts(v2.contentHash)).proposals).toBe(v2.proposals.length);
    expect(v2.proposals.length).toBe(v1.proposals.length - 1);
    expect(await docFacts(other.contentHash)).toEqual(before);
  });

  test('takes a publication date given later: the same text with a date replaces the undated one', async () => {
    // A dateline without a year (北京6月14日电): the date decides which year the meeting was.
    const text = uniqueReport('dated-later', readFileSync(join(REPORTS_DIR, BIWEEKLY), 'utf8'));
    const source = 'test/dated-later.txt';
    const undated = await extract(text, { source, published: null });
    const dated = await extract(text, { source, published: '2024-06-14' });
    const meetingDate = async (hash: string): Promise<unknown[]> =>
      (
        await query<{ date: unknown }>(
          c,
          'MATCH (m:Meeting)-[:REPORTED_IN]->(:Document {hash: $hash}) RETURN m.date AS date',
          { hash },
        )
      ).map((r) => r.date);
    expect(await ingestGraph(c.store, undated)).toBe('new');
    expect(await meetingDate(undated.contentHash)).not.toEqual(['2024-06-14']);
    expect(await ingestGraph(c.store, dated)).toBe('replaced');
    expect(await meetingDate(dated.contentHash)).toEqual(['2024-06-14']);
    expect((await docFacts(undated.contentHash)).docs).toBe(0);
    expect(await ingestGraph(c.store, dated)).toBe('unchanged');
    // Without a date, the text alone is the document: an undated repeat is still unchanged.
    expect((await extract(text, { source, published: null })).contentHash).toBe(
      undated.contentHash,
    );
  });

  test('keeps a date it was given when the same text comes again without one; an undated edit still replaces', async () => {
    const text = uniqueReport('dated-first', readFileSync(join(REPORTS_DIR, BIWEEKLY), 'utf8'));
    const source = 'test/dated-first.txt';
    const dated = await extract(text, { source, published: '2024-06-14' });
    const undated = await extract(text, { source, published: null });
    const meetingDates = async (): Promise<unknown[]> =>
      (
        await query<{ date: unknown }>(
          c,
          'MATCH (m:Meeting)-[:REPORTED_IN]->(:Document {source: $source}) RETURN m.date AS date',
          { source },
        )
      ).map((r) => r.date);
    expect(await ingestGraph(c.store, { graph: dated, text })).toBe('new');
    expect(await ingestGraph(c.store, { graph: undated, text })).toBe('unchanged');
    expect(await meetingDates()).toEqual(['2024-06-14']);
    expect((await docFacts(undated.contentHash)).docs).toBe(0);
    const edited = `${text}\n\n会议还听取了有关情况的通报。`;
    const edit = await extract(edited, { source, published: null });
    expect(await ingestGraph(c.store, { graph: edit, text: edited })).toBe('replaced');
    expect((await docFacts(dated.contentHash)).docs).toBe(0);
  });

  test('keeps one person across reports and scripts, with both surface forms', async () => {
    const a = await graphOf(
      '全國政協在京召開遠程協商會。全國政協主席歐陽滬寧主持會議。',
      'test/identity-a.txt',
    );
    const b = await graphOf(
      '全国政协在京召开双周协商座谈会。全国政协主席欧阳沪宁主持会议。',
      'test/identity-b.txt',
    );
    await ingestGraph(c.store, a);
    await ingestGraph(c.store, b);
    const rows = await query<{ name: string; aliases: string[]; chairs: number }>(
      c,
      "MATCH (p:Person {nameKey: '欧阳沪宁'}) OPTIONAL MATCH (p)-[r:CHAIRS]->() RETURN p.name AS name, p.aliases AS aliases, count(r) AS chairs",
    );
    expect(rows).toEqual([{ name: '歐陽滬寧', aliases: ['欧阳沪宁'], chairs: 2 }]);
  });

  test('counts a story republished by another outlet once, with its evidence in each, and keeps it while either stays', async () => {
    const published = ownDate();
    const textA = sampleText();
    // The second outlet puts a line of its own first: every offset of the story moves.
    const textB = `（來源：另一家報社\u3000記者某某）\n\n${sampleText()}`;
    const a = await extract(textA, { source: 'test/outlet-a.txt', published });
    const b = await extract(textB, { source: 'test/outlet-b.txt', published });
    expect(b.proposals.map((p) => p.text)).toEqual(a.proposals.map((p) => p.text));
    await ingestGraph(c.store, { graph: a, text: textA });
    await ingestGraph(c.store, { graph: b, text: textB });
    const docs = [a.contentHash, b.contentHash];
    const facts = async (): Promise<{ proposals: number; proposes: number; reported: number }> => {
      const [row] = await query<{ proposals: number; proposes: number; reported: number }>(
        c,
        `MATCH (p:Proposal) WHERE p.doc IN $docs
         RETURN count(p) AS proposals,
           sum(COUNT { (p)<-[:PROPOSES]-() }) AS proposes,
           sum(COUNT { (p)-[:REPORTED_IN]->() }) AS reported`,
        { docs },
      );
      return row ?? { proposals: 0, proposes: 0, reported: 0 };
    };
    const proposes = a.edges.filter((e) => e.type === 'PROPOSES').length;
    expect(await facts()).toEqual({
      proposals: a.proposals.length,
      proposes,
      reported: b.proposals.length,
    });
    // Each report's evidence is a span of its own text (which may also hold a photo caption
    // that layout repair took out of the sentence: its ends are the quote's).
    const squash = (x: string): string => x.replace(/\s/g, '');
    const spanOf = (text: string, s: { start: number; end: number; quote: string }): void => {
      const raw = squash(text.slice(s.start, s.end));
      const quote = squash(s.quote);
      expect([raw.slice(0, 8), raw.slice(-8)]).toEqual([quote.slice(0, 8), quote.slice(-8)]);
    };
    const spans = async (): Promise<{ doc: string; start: number; end: number; quote: string }[]> =>
      query(
        c,
        `MATCH (p:Proposal) WHERE p.doc IN $docs
         RETURN p.doc AS doc, p.start AS start, p.end AS end, p.text AS quote
         UNION ALL
         MATCH (p:Proposal)-[r:REPORTED_IN]->(d:Document) WHERE d.hash IN $docs
         RETURN r.doc AS doc, r.start AS start, r.end AS end, r.quote AS quote`,
        { docs },
      );
    const textOf = (doc: string): string => (doc === a.contentHash ? textA : textB);
    const own = await spans();
    expect(own).toHaveLength(a.proposals.length + b.proposals.length);
    for (const s of own) spanOf(textOf(s.doc), s);

    // The first outlet's report goes: the proposals stay, now the second's.
    expect(await removeDocument(c.store, a.contentHash)).toBe(true);
    expect(await facts()).toEqual({ proposals: a.proposals.length, proposes, reported: 0 });
    const moved = await spans();
    expect(moved.every((s) => s.doc === b.contentHash)).toBe(true);
    for (const s of moved) spanOf(textB, s);
    const [edges] = await query<{ other: number }>(
      c,
      `MATCH (p:Proposal {doc: $b})-[r:PROPOSES|ABOUT|RAISED_AT]-() WHERE r.doc <> $b RETURN count(r) AS other`,
      { b: b.contentHash },
    );
    expect(edges?.other).toBe(0);

    // And the second: nothing of the story is left, no theme or person hanging loose.
    expect(await removeDocument(c.store, b.contentHash)).toBe(true);
    expect(await facts()).toEqual({ proposals: 0, proposes: 0, reported: 0 });
    const [loose] = await query<{ n: number }>(
      c,
      'MATCH (n) WHERE (n:Theme OR n:Person OR n:Proposal) AND NOT (n)--() RETURN count(n) AS n',
    );
    expect(loose?.n).toBe(0);
  });

  test('deletes a document and only the facts no other document supports', async () => {
    const keep = await graphOf(
      '全國政協在京召開協商會。全國政協委員、某大學校長張永勝表示，應加強基礎研究。',
      'test/del-keep.txt',
    );
    const drop = await graphOf(
      '全国政协在京召开座谈会。全国政协委员、某研究院院长张永胜说，要加大投入。全国政协委员、某公司董事长李独有说，要支持创新。',
      'test/del-drop.txt',
    );
    await ingestGraph(c.store, keep);
    await ingestGraph(c.store, drop);
    expect(await removeDocument(c.store, drop.contentHash)).toBe(true);
    const people = await query<{ key: string }>(
      c,
      "MATCH (p:Person) WHERE p.nameKey IN ['张永胜', '李独有'] RETURN p.nameKey AS key",
    );
    expect(people.map((p) => p.key)).toEqual(['张永胜']);
    expect(await docFacts(drop.contentHash)).toEqual({ rels: 0, proposals: 0, docs: 0 });
  });

  test('goes on past bad documents in a batch and counts them', async () => {
    const summary = await ingestAll(
      [
        {
          source: 'test/batch-good.txt',
          text: uniqueReport('batch-good'),
          published: '2024-04-26',
        },
        { source: 'test/batch-empty.txt', text: '   ' },
        { source: 'test/batch-missing.txt', file: '/nonexistent/report.txt' },
        {
          source: 'test/batch-good2.txt',
          text: uniqueReport('batch-good2'),
          published: '2024-04-26',
        },
      ],
      { store: c.store, workers: 0, writeConcurrency: 2 },
    );
    expect({ new: summary.new, failed: summary.failed }).toEqual({ new: 2, failed: 2 });
    expect(summary.failures.map((f) => f.source).sort()).toEqual([
      'test/batch-empty.txt',
      'test/batch-missing.txt',
    ]);
  });

  test('writes a batch as if one by one: a repeat is unchanged, a later edit replaces', async () => {
    const a = await graphOf(uniqueReport('batch-a'), 'test/batch-a.txt');
    const v1 = await graphOf(uniqueReport('batch-v1'), 'test/batch-edited.txt');
    const v2 = await graphOf(uniqueReport('batch-v2'), 'test/batch-edited.txt');
    expect(
      await ingestGraphs(
        c.store,
        [a, v1, a, v2].map((graph) => ({ graph })),
      ),
    ).toEqual(['new', 'new', 'unchanged', 'replaced']);
    expect(await docFacts(v1.contentHash)).toEqual({ rels: 0, proposals: 0, docs: 0 });
    expect((await docFacts(v2.contentHash)).proposals).toBe(v2.proposals.length);
    expect((await docFacts(a.contentHash)).proposals).toBe(a.proposals.length);
  });

  // Neo4j refuses a source too long for its index: a document that fails at write time.
  const refused = (marker: string): { source: string; text: string; published: string } => ({
    source: `test/${marker}-${'x'.repeat(40_000)}`,
    text: uniqueReport(marker),
    published: '2024-04-26',
  });

  test('leaves nothing of a batch that Neo4j refuses', async () => {
    const good = await graphOf(uniqueReport('refused-batch-good'), 'test/refused-batch-good.txt');
    const bad = refused('refused-batch-bad');
    const before = await graphCounts(c.store);
    await expect(
      ingestGraphs(c.store, [{ graph: good }, { graph: await graphOf(bad.text, bad.source) }]),
    ).rejects.toThrow();
    expect(await docFacts(good.contentHash)).toEqual({ rels: 0, proposals: 0, docs: 0 });
    expect(await graphCounts(c.store)).toEqual(before);
  });

  test('refuses a graph whose edge reaches a node it does not hold, and writes none of it', async () => {
    const g = await graphOf(uniqueReport('dangling-edge'), 'test/dangling-edge.txt');
    const [first] = g.edges;
    if (!first) throw new Error('the report has no edges');
    const dangling = { ...g, edges: [...g.edges, { ...first, to: 'person:nobody' }] };
    const before = await graphCounts(c.store);
    await expect(ingestGraph(c.store, dangling)).rejects.toThrow(/person:nobody/);
    expect(await docFacts(g.contentHash)).toEqual({ rels: 0, proposals: 0, docs: 0 });
    expect(await graphCounts(c.store)).toEqual(before);
  });

  test('writes the rest of a batch when Neo4j refuses one of its documents', async () => {
    const tasks = [
      ...['refused-1', 'refused-2'].map((m) => ({
        source: `test/${m}.txt`,
        text: uniqueReport(m),
        published: '2024-04-26',
      })),
      refused('refused-bad'),
      { source: 'test/refused-3.txt', text: uniqueReport('refused-3'), published: '2024-04-26' },
    ];
    const summary = await ingestAll(tasks, {
      store: c.store,
      workers: 0,
      writeConcurrency: 1,
      batchSize: 10,
    });
    expect({ new: summary.new, failed: summary.failed }).toEqual({ new: 3, failed: 1 });
    expect(summary.failures[0]?.source).toMatch(/^test\/refused-bad-x/);
  });
});
