import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let table: { idf: Map<string, number>; median: number } | null = null;

/**
 * jieba's inverse document frequencies (its `idf.utf8`, 259k words counted over a large general
 * corpus): how much a word says against the language at large. Loaded once per process, on
 * first use (about 0.1 s). A word jieba never counted gets the median, as jieba's own keyword
 * extraction does.
 */
function load(): { idf: Map<string, number>; median: number } {
  if (table) return table;
  const file = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/idf.utf8');
  const idf = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) idf.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  const sorted = [...idf.values()].sort((a, b) => a - b);
  table = { idf, median: sorted[sorted.length >> 1] ?? 10 };
  return table;
}

/** The IDF of a word (folded, Simplified). */
export function idfOf(word: string): number {
  const t = load();
  return t.idf.get(word) ?? t.median;
}
