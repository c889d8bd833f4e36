import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from '../../src/store/connect';
import { cypher } from '../../src/store/cypher';
import { projectRoot } from '../../src/paths';
import { meetingSearchText } from '../../src/store/rows';
import { ensureSchema } from '../../src/store/schema';
import type { Store } from '../../src/store/store';
import { privateNeo4j, testConnection } from '../helpers/store';

let c: Connection;
beforeAll(async () => {
  c = await testConnection();
});
afterAll(async () => {
  await c.close();
});

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];

/** Every statement the service runs, templates filled with a valid argument. */
function statementNames(): string[] {
  return readdirSync(join(projectRoot(), 'cypher'))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .filter((n) => !n.startsWith('schema'))
    .map((n) => {
      const text = cypher(n);
      if (text.includes('__TYPE__')) return `${n}/ABOUT`;
      if (text.includes('__HOPS__')) return `${n}/3`;
      return n;
    });
}

describe('the schema', () => {
  test('drops the relationship type lookup index of an empty database, and keeps one in a database holding data', async () => {
    const db = await privateNeo4j({ schema: false });
    const lookups = async (store: Store): Promise<string[]> =>
      (
        await store.driver.executeQuery(
          "SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN entityType ORDER BY entityType",
          {},
          { database: store.database },
        )
      ).records.map((r) => String(r.get('entityType')));
    try {
      expect(await lookups(db.store)).toEqual(['NODE', 'RELATIONSHIP']);
      await ensureSchema(db.store);
      expect(await lookups(db.store)).toEqual(['NODE']);
      // Someone brings it back in a database that holds data: the next start leaves it.
      await db.store.driver.executeQuery('CREATE LOOKUP INDEX FOR ()-[r]-() ON EACH type(r)');
      await db.store.driver.executeQuery('CREATE (:Other)-[:LINKS]->(:Other)');
      await ensureSchema(db.store);
      expect(await lookups(db.store)).toEqual(['NODE', 'RELATIONSHIP']);
    } finally {
      await db.close();
    }
  }, 300_000);

  test('gives people stored before who-is-who their folded name, by which they are found', async () => {
    const db = await privateNeo4j();
    try {
      await db.store.driver.executeQuery(
        "CREATE (:Person:Fact {uid: 'person:张永胜', key: '张永胜', name: '張永勝', aliases: []})",
      );
      await ensureSchema(db.store);
      const rows = await db.store.driver.executeQuery(
        "MATCH (p:Person {nameKey: '张永胜'}) RETURN p.name AS name",
      );
      expect(rows.records.map((r) => String(r.get('name')))).toEqual(['張永勝']);
    } finally {
      await db.close();
    }
  }, 300_000);

  test('gives meetings stored before search covered them their search text, and search finds them', async () => {
    const db = await privateNeo4j();
    try {
      // A meeting as an older version stored it: no `folded`, not in the full-text index.
      await db.store.driver.executeQuery(
        "CREATE (:Meeting:Fact {uid: 'm-old', key: 'm-old', name: '雙週協商座談會', topic: '推進數據要素市場化', location: '北京'})",
      );
      await ensureSchema(db.store);
      const rows = await db.store.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('fact_search', '\"数据要素\"') YIELD node RETURN node.uid AS uid, node.folded AS folded",
      );
      expect(rows.records.map((r) => [String(r.get('uid')), String(r.get('folded'))])).toEqual([
        // Folded as ingest folds it (one script, character by character).
        [
          'm-old',
          meetingSearchText({
            name: '雙週協商座談會',
            topic: '推進數據要素市場化',
            location: '北京',
          }),
        ],
      ]);
    } finally {
      await db.close();
    }
  }, 300_000);

  test('no statement scans every node, every relationship, or relationships by type', async () => {
    const names = statementNames();
    expect(names.length).toBeGreaterThan(20);
    const scans: string[] = [];
    for (const name of names) {
      const r = await c.store.driver.executeQuery(
        `EXPLAIN ${cypher(name)}`,
        {},
        {
          database: c.store.database,
        },
      );
      const ops = operators(r.summary.plan as unknown as Plan);
      expect(ops.length).toBeGreaterThan(1);
      for (const op of ops)
        if (/AllNodesScan|AllRelationshipsScan|RelationshipTypeScan/.test(op))
          scans.push(`${name}: ${op}`);
    }
    expect(scans).toEqual([]);
  });
});
