import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Runs a command to completion with its output (stdout and stderr) in a log file of its own,
 * for the one-off builds of the embedded Neo4j, whose output only matters when they fail.
 * Returns the exit status (null when it was killed, by the timeout or otherwise).
 */
export function runLogged(
  cmd: string,
  args: string[],
  o: { logFile: string; timeoutMs?: number },
): number | null {
  mkdirSync(dirname(o.logFile), { recursive: true });
  const out = openSync(o.logFile, 'w');
  try {
    return spawnSync(cmd, args, { stdio: ['ignore', out, out], timeout: o.timeoutMs }).status;
  } finally {
    closeSync(out);
  }
}
