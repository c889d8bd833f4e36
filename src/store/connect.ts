import { startEmbedded, type EmbeddedHandle } from './embedded';
import { storeConfig } from './config';
import { ensureSchema } from './schema';
import { Store, type QueryEvent } from './store';

export interface Connection {
  store: Store;
  embedded: EmbeddedHandle | null;
  close(): Promise<void>;
}

/**
 * A store on NEO4J_URI when it is set, else on the embedded Neo4j (started if it is not
 * running), with the schema in place. Closing stops the embedded server only if it was
 * started here.
 */
export async function connect(
  options: {
    onQuery?: (e: QueryEvent) => void;
    keepEmbedded?: boolean;
    /** Server-side timeout of each transaction. */
    timeoutMs?: number;
  } = {},
): Promise<Connection> {
  const config = storeConfig();
  const embedded = config.uri
    ? null
    : await startEmbedded({
        dataDir: config.dataDir,
        port: config.port,
        heap: config.heap,
        pageCache: config.pageCache,
      });
  const uri = config.uri ?? embedded?.uri ?? '';
  const store = new Store({
    uri,
    user: config.user,
    password: config.password,
    database: config.database,
    onQuery: options.onQuery,
    timeoutMs: options.timeoutMs,
  });
  try {
    await ensureSchema(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return {
    store,
    embedded,
    close: async () => {
      await store.close();
      if (embedded?.startedHere && !options.keepEmbedded) await embedded.stop();
    },
  };
}
