import { storeConfig } from '../store/config';
import { embeddedStatus, startEmbedded, stopEmbedded } from '../store/embedded';
import type { DbArgs } from './args';

/** `kg db start|stop|status`: the embedded Neo4j by hand. start prints the Bolt URI. */
export async function runDb(a: DbArgs): Promise<void> {
  const c = storeConfig();
  switch (a.action) {
    case 'start': {
      const h = await startEmbedded({
        dataDir: c.dataDir,
        port: c.port,
        heap: c.heap,
        pageCache: c.pageCache,
      });
      process.stdout.write(`${h.uri}\n`);
      process.stderr.write(
        `${h.startedHere ? 'started' : 'already running'}: pid ${h.pid}, data ${c.dataDir}; stop with: npx kg db stop\n`,
      );
      return;
    }
    case 'stop': {
      const stopped = await stopEmbedded(c.dataDir);
      process.stdout.write(stopped ? 'stopped\n' : 'not running\n');
      return;
    }
    case 'status': {
      const s = embeddedStatus(c.dataDir);
      process.stdout.write(
        s.running
          ? `running: pid ${s.pid} at ${s.uri} (data ${c.dataDir})\n`
          : `not running (data ${c.dataDir})\n`,
      );
      return;
    }
    default: {
      const never: never = a.action;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
}
