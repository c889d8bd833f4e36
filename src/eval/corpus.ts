import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decode } from '../../ingest/normalise/decode';
import type { Gold } from './score';

/** One annotated report: its text as the extractor reads it, its reference, its date. */
export interface Annotated {
  report: string;
  text: string;
  gold: Gold;
  published: string | null;
}

const HEADER = /^# (source|date): ?(.*)$/;

/**
 * A report as gathered: `# source: URL` and `# date: …` lines first, then the body as found.
 * The header is dropped (references and scores count offsets in the body) and the first
 * YYYY-MM-DD of the date line becomes the publication date.
 */
export function readGathered(raw: string): { text: string; published: string | null } {
  const lines = raw.split('\n');
  let published: string | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i] ?? '');
    if (!m) break;
    if (m[1] === 'date') published = /\d{4}-\d{2}-\d{2}/.exec(m[2] ?? '')?.[0] ?? null;
  }
  return { text: lines.slice(i).join('\n'), published };
}

/**
 * The annotated reports of a folder: either `X.txt` beside `gold/X.json` (our own reports) or
 * `articles/X.txt` beside `gold/X.json` (real reports as gathered, with their header lines).
 */
export function readCorpus(dir: string): Annotated[] {
  const articles = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(
        readFileSync(join(dir, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as Gold;
      const decoded = decode(readFileSync(join(articles, file))).text;
      const { text, published } =
        articles === dir ? { text: decoded, published: null } : readGathered(decoded);
      return {
        report: basename(file, '.txt'),
        text,
        gold,
        published: gold.published ?? published,
      };
    });
}
