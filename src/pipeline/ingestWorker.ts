import { parentPort } from 'node:worker_threads';
import { Store, type StoreOptions } from '../store/store';
import { ingestReport } from './reportIngest';
import type { ExtractTask } from './task';

// A worker thread of the API: reads and writes the reports it is sent, one at a time, through
// a driver of its own (one per database it is told of; a driver cannot cross threads).
const stores = new Map<string, Store>();

function storeFor(o: StoreOptions): Store {
  const key = JSON.stringify([o.uri, o.user, o.database, o.timeoutMs]);
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new Store(o)));
  return store;
}

parentPort?.on(
  'message',
  (msg: { id: number; task: { report: ExtractTask; store: StoreOptions } }) => {
    void ingestReport(msg.task.report, storeFor(msg.task.store)).then((result) =>
      parentPort?.postMessage({ id: msg.id, result }),
    );
  },
);
