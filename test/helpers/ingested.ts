import { extract } from '../../ingest/extract';
import type { RunningApi } from '../../src/api/server';
import type { DocumentGraph } from '../../src/domain/documentGraph';
import { ingestGraph } from '../../src/store/ingestGraph';
import { testApi } from './api';
import { privateNeo4j } from './store';

export interface Report {
  text: string;
  source: string;
  published: string;
}

/**
 * Reports extracted, ingested in order into a Neo4j of the test file's own, and an API over it:
 * a test then computes what the API must answer from the graphs the extractor made.
 */
export async function apiOver(
  reports: readonly Report[],
): Promise<{ graphs: DocumentGraph[]; api: RunningApi; close: () => Promise<void> }> {
  const graphs = await Promise.all(reports.map((r) => extract(r.text, r)));
  const db = await privateNeo4j();
  for (const [i, graph] of graphs.entries())
    await ingestGraph(db.store, { graph, text: reports[i]?.text ?? '' });
  const api = await testApi(db.store);
  return {
    graphs,
    api,
    close: async () => {
      await api.close();
      await db.close();
    },
  };
}
