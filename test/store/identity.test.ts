import { extract } from '../../ingest/extract';
import type { RunningApi } from '../../src/api/server';
import { ingestGraph, removeDocument } from '../../src/store/ingestGraph';
import { API_KEY, data, testApi } from '../helpers/api';
import { privateNeo4j } from '../helpers/store';
import type { QueryEvent } from '../../src/store/store';

// Who is who across reports (src/domain/identity.ts, src/store/identity.ts) against a real
// Neo4j: each test in a database of its own, reports given in more than one order.

type Db = Awaited<ReturnType<typeof privateNeo4j>>;

interface Report {
  text: string;
  published: string;
}

const report = (line: string, published: string): Report => ({ text: `${line}\n`, published });

async function ingest(db: Db, reports: readonly Report[]): Promise<string[]> {
  const hashes: string[] = [];
  for (const [i, r] of reports.entries()) {
    const graph = await extract(r.text, {
      source: `identity/${r.published}/${i}`,
      published: r.published,
    });
    await ingestGraph(db.store, { graph, text: r.text });
    hashes.push(graph.contentHash);
  }
  return hashes;
}

/** Each person of a name: their key and how many reports mention them. */
async function peopleNamed(db: Db, nameKey: string): Promise<[string, number][]> {
  const r = await db.store.driver.executeQuery(
    `MATCH (p:Person {nameKey: $nameKey}) RETURN p.key AS key, COUNT { (:Document)-[:MENTIONS]->(p) } AS reports ORDER BY key`,
    { nameKey },
    { database: db.store.database },
  );
  return r.records.map((x) => [String(x.get('key')), Number(x.get('reports'))]);
}

async function withDb(
  work: (db: Db) => Promise<void>,
  onQuery?: (e: QueryEvent) => void,
): Promise<void> {
  const db = await privateNeo4j({ onQuery });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

const PROFESSOR = (year: string) =>
  report(`全国政协委员、北京大学智能学院院长王军建议，加快建设算力网络。`, `${year}-03-05`);
const OILMAN = (year: string) =>
  report(`全国政协委员、中国石油天然气集团董事长王军建议，保障国家能源安全。`, `${year}-03-06`);
const BARE = report('全国政协委员王军建议，完善养老服务体系。', '2023-05-01');

test('two people of one name with different organisations stay two, linked for review', async () => {
  await withDb(async (db) => {
    await ingest(db, [PROFESSOR('2023'), OILMAN('2023'), PROFESSOR('2024')]);
    expect(await peopleNamed(db, '王军')).toEqual([
      ['王军|中国石油天然气集团', 1],
      ['王军|北京大学智能学院', 2],
    ]);
    const api: RunningApi = await testApi(db.store);
    try {
      const d = await data<{
        possibleMatches: {
          a: { name: string };
          b: { name: string };
          score: number;
          reason: string;
        }[];
        person: { possibleMatches: { person: { posts: { title: string }[] }; reason: string }[] };
      }>(
        api,
        `{ possibleMatches { a { name } b { name } score reason }
           person(name: "王军") { possibleMatches { person { posts { title } } reason } } }`,
      );
      expect(d.possibleMatches).toEqual([
        expect.objectContaining({
          score: 0.1,
          reason: expect.stringMatching(/same years/) as string,
        }),
      ]);
      // person(name:) gives the one most reports mention: the professor; her match is the other.
      const other = d.person.possibleMatches[0]?.person.posts.map((p) => p.title);
      expect(other).toContain('中国石油天然气集团董事长');
    } finally {
      await api.close();
    }
  });
}, 300_000);

test('a new name, and a known one with the same organisation, are settled by reading alone', async () => {
  const statements: string[] = [];
  await withDb(
    async (db) => {
      await ingest(db, [PROFESSOR('2023'), PROFESSOR('2024')]);
      const r = await db.store.driver.executeQuery(
        'MATCH (:Document)-[m:MENTIONS]->(:Person {nameKey: "王军"}) RETURN m.identity AS reason',
        {},
        { database: db.store.database },
      );
      expect(r.records.map((x) => String(x.get('reason')))).toEqual([
        'shares a specific organisation (北京大学智能学院)',
        'shares a specific organisation (北京大学智能学院)',
      ]);
      expect(statements).toContain('identity-group');
      expect(statements).not.toContain('identity-move');
      expect(statements).not.toContain('identity-settle');
      await ingest(db, [BARE]);
      expect(statements).toContain('identity-settle');
    },
    (e) => statements.push(e.useCase),
  );
});

test('a report naming a former post joins one person, in whichever order the reports come', async () => {
  const moved = [
    report('全国政协委员、科技部副部长王军建议，加快科技成果转化。', '2020-03-05'),
    report('全国政协委员、北京大学智能学院院长王军建议，加快建设算力网络。', '2024-03-05'),
    report(
      '全国政协委员、北京大学智能学院院长、原科技部副部长王军建议，完善数据要素市场。',
      '2024-06-05',
    ),
  ];
  for (const order of [moved, [...moved].reverse(), [moved[0], moved[2], moved[1]] as Report[]])
    await withDb(async (db) => {
      await ingest(db, order);
      expect(await peopleNamed(db, '王军')).toEqual([['王军|北京大学智能学院', 3]]);
    });
}, 600_000);

test('a bare name with two people of the name is kept apart, and rejoins when only one is left', async () => {
  await withDb(async (db) => {
    const [, oil] = await ingest(db, [PROFESSOR('2023'), OILMAN('2023'), BARE]);
    expect(await peopleNamed(db, '王军')).toEqual([
      ['王军', 1],
      ['王军|中国石油天然气集团', 1],
      ['王军|北京大学智能学院', 1],
    ]);
    // The oilman's report deleted: one person of the name is left, and the bare report joins.
    await removeDocument(db.store, oil ?? '');
    expect(await peopleNamed(db, '王军')).toEqual([['王军|北京大学智能学院', 2]]);
  });
}, 300_000);

test('concurrent ingests of reports naming the same new person give one person', async () => {
  await withDb(async (db) => {
    const reports = ['2021', '2022', '2023', '2024', '2025'].map(PROFESSOR);
    const graphs = await Promise.all(
      reports.map((r, i) =>
        extract(r.text, { source: `identity/concurrent/${i}`, published: r.published }),
      ),
    );
    await Promise.all(
      graphs.map((graph, i) => ingestGraph(db.store, { graph, text: reports[i]?.text ?? '' })),
    );
    expect(await peopleNamed(db, '王军')).toEqual([['王军|北京大学智能学院', 5]]);
  });
}, 300_000);

test('analysts merge and split people with the API key, and later ingests keep their decisions', async () => {
  await withDb(async (db) => {
    const [, , bare] = await ingest(db, [PROFESSOR('2023'), OILMAN('2024'), BARE]);
    const api = await testApi(db.store);
    const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    try {
      const ids = await ask<{
        people: { edges: { node: { id: string; posts: { title: string }[] } }[] };
      }>('{ people(filter: {name: "王军"}) { edges { node { id posts { title } } } } }');
      const byPost = (t: string) =>
        ids.people.edges.find((e) => e.node.posts.some((p) => p.title.includes(t)))?.node.id ?? '';
      const merged = await ask<{
        mergePeople: { id: string; kind: string; by: string; person: { id: string } };
      }>(
        'mutation ($a: ID!, $b: ID!) { mergePeople(a: $a, b: $b, reason: "one member, two posts", by: "tester") { id kind by person { id } } }',
        { a: byPost('北京大学'), b: byPost('中国石油') },
      );
      expect(merged.mergePeople).toMatchObject({ kind: 'SAME', by: 'tester' });
      expect(await peopleNamed(db, '王军')).toEqual([
        ['王军', 1],
        ['王军|中国石油天然气集团', 2],
      ]);
      // A later report of the professor keeps the decision: it joins the merged person.
      await ingest(db, [PROFESSOR('2025')]);
      expect(await peopleNamed(db, '王军')).toEqual([
        ['王军', 1],
        ['王军|中国石油天然气集团', 3],
      ]);
      // Undone, the evidence decides again.
      await ask('mutation ($id: ID!) { undoIdentityDecision(id: $id, by: "tester") { id } }', {
        id: merged.mergePeople.id,
      });
      expect(await peopleNamed(db, '王军')).toEqual([
        ['王军', 1],
        ['王军|中国石油天然气集团', 1],
        ['王军|北京大学智能学院', 2],
      ]);
      // Without the key, no decision is made.
      const refused = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { splitPerson(person: "${merged.mergePeople.person.id}", documents: [], reason: "x", by: "y") { id } }`,
        }),
      });
      expect(JSON.stringify(await refused.json())).toMatch(/UNAUTHENTICATED/);
      expect(bare).toBeDefined();
    } finally {
      await api.close();
    }
  });
}, 300_000);
