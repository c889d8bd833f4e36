import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { OperationTypeNode } from 'graphql';
import { log } from '../log';
import { graphVersion } from '../store/ingestGraph';
import type { Store } from '../store/store';
import type { ApiContext } from './context';

export interface ResponseCacheOptions {
  /** Memory for cached responses. */
  megabytes: number;
  /** How often the graph's change counter is read (ingests by other processes). */
  pollMs: number;
}

/**
 * The graph's change counter as this process last read it. Documents only change through
 * ingest and delete, and each such transaction bumps the counter (cypher/graph-touch.cypher),
 * so answers cached under one version are exact for as long as it is current. `null` means
 * unknown (Neo4j did not answer): then nothing is served from the cache.
 */
export class GraphVersion {
  private value: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: Store) {}

  get current(): number | null {
    return this.value;
  }

  async refresh(): Promise<void> {
    try {
      this.value = await graphVersion(this.store);
    } catch {
      this.value = null;
    }
  }

  async start(pollMs: number): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Whole-response caching with Apollo's response-cache plugin, keyed on the graph version: an
 * identical query asked again before the graph changes is answered without Cypher. Mutations
 * are never cached; once one has run, the version is read again before its response leaves,
 * so the caller's next query already sees its change. Ingests by other processes are seen
 * within `pollMs`. No HTTP cache headers are sent: the server decides freshness, not proxies.
 */
export async function responseCache(
  store: Store,
  o: ResponseCacheOptions,
): Promise<{ plugins: ApolloServerPlugin<ApiContext>[]; stop(): void }> {
  const version = new GraphVersion(store);
  await version.start(o.pollMs);
  const cache = new InMemoryLRUCache<string>({
    maxSize: o.megabytes * 2 ** 20,
    sizeCalculation: (v: string) => InMemoryLRUCache.sizeCalculation(v),
  });
  const afterMutation: ApolloServerPlugin<ApiContext> = {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse(rc) {
          if (rc.operation?.operation === OperationTypeNode.MUTATION) await version.refresh();
        },
      });
    },
  };
  log.info({ megabytes: o.megabytes, pollMs: o.pollMs }, 'response cache on');
  const plugins = [
    // Every field may be cached for an hour; the version in the key is what keeps answers exact.
    ApolloServerPluginCacheControl({ defaultMaxAge: 3600, calculateHttpHeaders: false }),
    responseCachePlugin<ApiContext>({
      cache,
      extraCacheKeyData: () => Promise.resolve(version.current),
      shouldReadFromCache: () => Promise.resolve(version.current !== null),
      shouldWriteToCache: () => Promise.resolve(version.current !== null),
    }),
    afterMutation,
  ];
  return { plugins, stop: () => version.stop() };
}
