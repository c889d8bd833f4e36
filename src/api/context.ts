import type { ReportIngestResult } from '../pipeline/reportIngest';
import type { ExtractTask } from '../pipeline/task';
import type { Store } from '../store/store';
import { Loaders } from './loaders';

/** What every resolver of one request sees. */
export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** The request carried the configured API key (mutations need it). */
  authorized: boolean;
  /** Reads and writes a report off the event loop (the API's worker thread). */
  ingest(task: ExtractTask): Promise<ReportIngestResult>;
  /** Runs one named read use case from cypher/ and returns its rows as objects. */
  rows<T>(useCase: string, params: Record<string, unknown>): Promise<T[]>;
}

export function createContext(o: {
  store: Store;
  authorized: boolean;
  ingest: ApiContext['ingest'];
}): ApiContext {
  const loaders = new Loaders(o.store);
  return {
    store: o.store,
    loaders,
    authorized: o.authorized,
    ingest: o.ingest,
    rows: (useCase, params) => loaders.rows(useCase, params),
  };
}
