import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExtractTask } from './task';

const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

/** Files and folders (recursively) to tasks, lazily, in a stable order. */
export function* listReports(
  paths: readonly string[],
  published: string | null,
): Generator<ExtractTask> {
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // a missing path becomes a failed task with a clear reason
    }
    if (!isDir) {
      yield { source: path, file: path, published };
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const child = join(path, e.name);
      if (e.isDirectory()) yield* listReports([child], published);
      else if (REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()))
        yield { source: child, file: child, published };
    }
  }
}

/** How many reports the paths hold (for the progress bar's total). */
export function countReports(paths: readonly string[]): number {
  return [...listReports(paths, null)].length;
}
