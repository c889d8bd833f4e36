import { extract } from '../../ingest/extract';
import type { RunningApi } from '../../src/api/server';
import { ingestGraph, removeDocument } from '../../src/store/ingestGraph';
import { data, testApi } from '../helpers/api';
import { privateNeo4j } from '../helpers/store';

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

async function withDb(work: (db: Db) => Promise<void>): Promise<void> {
  const db = await privateNeo4j();
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
