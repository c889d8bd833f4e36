import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { stopEmbedded } from '../src/store/embedded';

export interface Served {
  /** GraphQL's address, as `kg serve` prints it. */
  url: string;
  /** The server's origin: the explorer is at `${origin}/`. */
  origin: string;
  /** The embedded Neo4j's data folder, this server's own. */
  dataDir: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far (pino's lines). */
  logs(): string;
  exited: Promise<number | null>;
  /** Ctrl-C (twice, as under npm), then whatever is left is stopped and the folder removed. */
  stop(): Promise<void>;
}

/**
 * `kg serve` as a user runs it (for the tests of it and bench:page) (what `npm start` runs): its own embedded Neo4j in a new folder
 * (no NEO4J_URI), the bundled reports, GraphQL and the explorer on a free port.
 */
export async function startServe(env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-serve-neo4j-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, KG_DATA_DIR: dataDir, PORT: '0', ...env };
  delete childEnv.NEO4J_URI;
  const child = spawn(process.execPath, [join(projectRoot(), 'bin', 'kg.js'), 'serve'], {
    env: childEnv,
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let logs = '';
  child.stderr?.on('data', (b: Buffer) => (logs += b.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /GraphQL ready at (\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      void exited.then((code) =>
        reject(new Error(`kg serve exited (${code}) before it was ready:\n${logs}`)),
      );
    });
    return { url, origin: new URL(url).origin, dataDir, child, logs: () => logs, exited, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
