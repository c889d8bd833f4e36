import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';

/**
 * The word lists the rules read (rules as data): small documented text files, `#` starts a
 * comment, entries are separated by whitespace. A lexicon is loaded by the extractor that uses
 * it (`createExtractor({ lexiconDir })`), so two extractors in one process can read with
 * different lists; nothing is read at import.
 */
export interface Lexicon {
  /** The folder it was read from. */
  readonly dir: string;
  readonly surnames: ReadonlySet<string>;
  /** Lists are sorted longest entry first, so 副主任 wins over 主任. */
  readonly posts: readonly string[];
  readonly speechVerbs: readonly string[];
  readonly recommendMarkers: readonly string[];
  readonly orgSuffixes: readonly string[];
  readonly orgHeads: readonly string[];
  readonly institutions: readonly Institution[];
  readonly meetingKinds: readonly string[];
  readonly adverbs: readonly string[];
  readonly nameFollowers: readonly string[];
  readonly notInName: ReadonlySet<string>;
  readonly collectiveSubjects: readonly string[];
  readonly venueWords: readonly string[];
  readonly parties: readonly string[];
  readonly branchHeads: readonly string[];
  readonly pageLabels: ReadonlySet<string>;
  readonly officialPosts: readonly string[];
  readonly orgFragments: ReadonlySet<string>;
  readonly honorifics: readonly string[];
  readonly eponymHeads: readonly string[];
  /** The provincial-level places (山东, 广西) that may open a body's name before its own place. */
  readonly provinces: readonly string[];
  /** Generic policy words that are no theme alone (发展, 体系). */
  readonly themeStopwords: ReadonlySet<string>;
  /** Words a theme never starts or ends with (相关, 水平). */
  readonly themeEdgeWords: ReadonlySet<string>;
  /** The policy areas, two levels, with the phrases that signal each. */
  readonly policyAreas: readonly PolicyArea[];
}

/** A policy area of the two-level taxonomy, and the phrases that signal it (folded). */
export interface PolicyArea {
  name: string;
  parent: string;
  signals: string[];
}

export interface Institution {
  name: string;
  aliases: string[];
}

/** The project's own lists. Compiled code runs from dist/, so the source folder is the fallback. */
export const LEXICON_DIR = existsSync(join(__dirname, 'posts.txt'))
  ? __dirname
  : join(projectRoot(__dirname), 'ingest', 'lexicon');

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function entries(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/** Reads every list of a lexicon folder (the project's own by default). */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  const list = (file: string): string[] => entries(dir, file).sort(byLengthDesc);
  return {
    dir,
    surnames: new Set(entries(dir, 'surnames.txt')),
    posts: list('posts.txt'),
    speechVerbs: list('speech-verbs.txt'),
    recommendMarkers: list('recommend-markers.txt'),
    orgSuffixes: list('org-suffixes.txt'),
    orgHeads: list('org-heads.txt'),
    institutions: entries(dir, 'institutions.txt').map((entry) => {
      const [name = '', aliases = ''] = entry.split('=');
      return { name, aliases: aliases.split('|').filter(Boolean) };
    }),
    meetingKinds: list('meeting-kinds.txt'),
    adverbs: list('adverbs.txt'),
    nameFollowers: list('name-followers.txt'),
    notInName: new Set(entries(dir, 'not-in-name.txt')),
    collectiveSubjects: list('collective-subjects.txt'),
    venueWords: list('venue-words.txt'),
    parties: list('parties.txt'),
    branchHeads: list('branch-heads.txt'),
    pageLabels: new Set(entries(dir, 'page-labels.txt')),
    officialPosts: list('official-posts.txt'),
    orgFragments: new Set(entries(dir, 'org-fragments.txt')),
    honorifics: list('honorifics.txt'),
    eponymHeads: list('eponym-heads.txt'),
    provinces: list('provinces.txt'),
    themeStopwords: new Set(entries(dir, 'theme-stopwords.txt')),
    themeEdgeWords: new Set(entries(dir, 'theme-edge-words.txt')),
    policyAreas: policyAreas(dir),
  };
}

/**
 * `policy-areas.txt`: one area per line, `parent > area : signal signal …`; an area may take
 * more than one line, and its signals add up. Signals are matched on folded text.
 */
function policyAreas(dir: string): PolicyArea[] {
  const areas = new Map<string, PolicyArea>();
  for (const raw of readFileSync(join(dir, 'policy-areas.txt'), 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const m = /^(\S+)\s*>\s*(\S+)\s*:(.*)$/.exec(line);
    if (!m) throw new Error(`policy-areas.txt: not "parent > area : signals": ${line}`);
    const [, parent = '', name = '', signals = ''] = m;
    const area = areas.get(name) ?? { name, parent, signals: [] };
    area.signals.push(...signals.split(/\s+/).filter(Boolean));
    areas.set(name, area);
  }
  return [...areas.values()];
}

let projectLexicon: Lexicon | null = null;

/** The project's own lexicon, read on first use (the default extractor's, and jieba's words). */
export function defaultLexicon(): Lexicon {
  return (projectLexicon ??= loadLexicon());
}

/**
 * What a module builds from a lexicon (regular expressions, bound helpers), built once per
 * lexicon: rules are compiled when an extractor first reads with its lexicon, not at import.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const built = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let value = built.get(lexicon);
    if (value === undefined) {
      value = build(lexicon);
      built.set(lexicon, value);
    }
    return value;
  };
}
