import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExtractTask } from './task';

const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

/**
 * A report's file may be named after the day it was published (`…-2024-06-14.txt`), as the
 * bundled ones are. Its dateline (北京6月14日电) names no year: without the date, a meeting
 * would go in undated, out of `meetings(from, to)` and of every theme's trend.
 */
const PUBLISHED = /(?:^|\D)(\d{4}-\d{2}-\d{2})\.\w+$/;

/** The date a file's name gives, if any: the one reading of it, for `kg serve` and `kg ingest`. */
export function publishedFromName(file: string): string | null {
  return PUBLISHED.exec(basename(file))?.[1] ?? null;
}

/**
 * Files and folders (recursively) to tasks, lazily, in a stable order. A task's date is the
 * one given (`--published`), else the one in the file's name.
 */
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
      yield { source: path, file: path, published: published ?? publishedFromName(path) };
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const child = join(path, e.name);
      if (e.isDirectory()) yield* listReports([child], published);
      else if (REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()))
        yield { source: child, file: child, published: published ?? publishedFromName(child) };
    }
  }
}

/** How many reports the paths hold (for the progress bar's total). */
export function countReports(paths: readonly string[]): number {
  return [...listReports(paths, null)].length;
}
