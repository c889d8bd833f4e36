import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicon } from '../lexicon/lexicon';

export interface Token {
  word: string;
  tag: string;
}

/** The little of nodejieba the extractor needs; everything else stays behind this seam. */
export interface Segmenter {
  tag(text: string): Token[];
  keywords(text: string, count: number): string[];
}

interface Jieba {
  load(options: { userDict: string }): void;
  tag(text: string): Token[];
  extract(text: string, count: number): { word: string; weight: number }[];
}

let instance: Segmenter | null = null;

function userDictionary(): string {
  const lines = [
    ...lexicon.posts.map((w) => `${w} 2000 n`),
    ...lexicon.orgSuffixes.map((w) => `${w} 2000 n`),
    ...lexicon.institutions.flatMap((i) => [i.name, ...i.aliases]).map((w) => `${w} 2000 nt`),
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'kg-jieba-')), 'user.dict.utf8');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/**
 * The process-wide segmenter. nodejieba's dictionaries take about 2 s to load, so they are
 * loaded once, on first use, with our titles and organisation suffixes as a user dictionary.
 * nodejieba is required lazily: it assigns implicit globals, and callers that never segment
 * (the CLI's help, the store) should not pay for it.
 */
export function segmenter(): Segmenter {
  if (instance) return instance;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as Jieba;
  jieba.load({ userDict: userDictionary() });
  instance = {
    tag: (text) => jieba.tag(text),
    keywords: (text, count) => jieba.extract(text, count).map((k) => k.word),
  };
  return instance;
}
