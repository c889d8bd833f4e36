/**
 * The API in a process of its own for bench:api, so that autocannon (in the parent) does not
 * share the API's event loop. Prints "READY <url>" once it serves. NEO4J_URI names the bench's
 * database; KG_CACHE_MB turns the response cache on.
 */
import { startApi } from '../src/api/server';
import { storeFromEnv } from './benchDatabase';

async function main(): Promise<void> {
  const store = storeFromEnv();
  const megabytes = Number(process.env.KG_CACHE_MB ?? 0);
  const api = await startApi({
    store,
    port: 0,
    host: '127.0.0.1',
    dev: false,
    cache: megabytes > 0 ? { megabytes, pollMs: 1000 } : undefined,
  });
  process.stdout.write(`READY ${api.url}\n`);
  process.once('SIGTERM', () => {
    void api.close().then(() => store.close());
  });
}

void main();
