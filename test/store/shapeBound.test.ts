import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapeParams, shapeStatement } from '../../bench/shapeBound';
import { extract } from '../../ingest/extract';
import { elementsWritten } from '../../src/store/rows';
import { REPORTS_DIR } from '../../src/paths';
import type { Connection } from '../../src/store/connect';
import { sampleText, testConnection } from '../helpers/store';

let c: Connection;
beforeAll(async () => {
  c = await testConnection();
});
afterAll(async () => {
  await c.close();
});

/** What a statement would create, read from its counters in a transaction rolled back. */
async function created(
  text: string,
  params: Record<string, unknown>,
): Promise<{ elements: number; properties: number }> {
  const session = c.store.driver.session({ database: c.store.database });
  const tx = session.beginTransaction();
  try {
    const counters = (await tx.run(text, params)).summary.counters.updates();
    return {
      elements: counters.nodesCreated + counters.relationshipsCreated,
      properties: counters.propertiesSet,
    };
  } finally {
    await tx.rollback();
    await session.close();
  }
}

describe("bench:ingest's shape bound", () => {
  // Its rate is set beside ingest's, which counts elementsWritten: a bound that wrote fewer
  // elements, or dropped the evidence, would flatter itself.
  test.each([
    ['the sample', (): string => sampleText()],
    [
      'a biweekly report',
      (): string => readFileSync(join(REPORTS_DIR, 'biweekly-vocational-2024-06-14.txt'), 'utf8'),
    ],
  ])('writes as many elements as ingest counts for %s, with their properties', async (_n, read) => {
    const text = read();
    const graph = await extract(text, { source: 'shape-bound-test', published: '2024-04-26' });
    const r = await created(shapeStatement(), shapeParams([{ graph, text }]));
    expect(graph.proposals.length).toBeGreaterThan(0);
    expect(r.elements).toBe(elementsWritten(graph));
    // Every relationship carries at least its evidence (start, end, document, quote).
    expect(r.properties).toBeGreaterThan(4 * graph.edges.length);
  });
});
