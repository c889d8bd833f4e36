import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLexicon } from '../lexicon/lexicon';

export interface Token {
  word: string;
  tag: string;
}

/** The little of nodejieba the extractor needs; everything else stays behind this seam. */
export interface Segmenter {
  tag(text: string): Token[];
  /** tag() for a candidate name: memoised up to 4 characters, since names recur across reports. */
  tagShort(text: string): readonly Token[];
}

interface Jieba {
  load(options: { userDict: string }): void;
  tag(text: string): Token[];
}

let instance: Segmenter | null = null;

/** Our words as a user dictionary file in a temporary folder, which the caller removes. */
function userDictionary(): { dir: string; file: string } {
  const lexicon = defaultLexicon();
  const lines = [
    ...lexicon.posts.map((w) => `${w} 2000 n`),
    ...lexicon.orgSuffixes.map((w) => `${w} 2000 n`),
    ...lexicon.institutions.flatMap((i) => [i.name, ...i.aliases]).map((w) => `${w} 2000 nt`),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'kg-jieba-'));
  const file = join(dir, 'user.dict.utf8');
  writeFileSync(file, lines.join('\n') + '\n');
  return { dir, file };
}

/**
 * The process-wide segmenter. nodejieba's dictionaries take about 2 s to load, so they are
 * loaded once, on first use, with our titles and organisation suffixes as a user dictionary.
 * nodejieba keeps one dictionary per process, so its user words are the project lexicon's,
 * whatever lexicon an extractor reads with.
 * nodejieba is required lazily: it assigns implicit globals, and callers that never segment
 * (the CLI's help, the store) should not pay for it.
 */
export function segmenter(): Segmenter {
  if (instance) return instance;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as Jieba;
  const dict = userDictionary();
  try {
    jieba.load({ userDict: dict.file });
  } finally {
    // load() has read the file: without this, every process and worker left a folder behind.
    rmSync(dict.dir, { recursive: true, force: true });
  }
  const memo = new Map<string, Token[]>();
  instance = {
    tag: (text) => jieba.tag(text),
    tagShort: (text) => {
      if (text.length > 4) return jieba.tag(text);
      let tokens = memo.get(text);
      if (!tokens) {
        // A bounded memo: dropped whole when full, so memory stays flat over any corpus.
        if (memo.size > 50_000) memo.clear();
        tokens = jieba.tag(text);
        memo.set(text, tokens);
      }
      return tokens;
    },
  };
  return instance;
}
