import { areaKey, themeKey } from '../../src/domain/themeKey';
import type { Block } from '../normalise/block';
import type { Lexicon, PolicyArea } from '../lexicon/lexicon';
import { perLexicon } from '../lexicon/lexicon';
import type { TaggedWord } from '../tag/tagger';
import { keyPhrases } from './keyPhrases';
import type { ThemeWords } from './phraseCandidates';
import { phraseModel, type PhraseScorer } from './phraseModel';
import { jiebaReading, phraseWords } from './phraseWords';
import { areasOf } from './policyAreas';

/** What a proposal is about: a key phrase it names, or a policy area it falls in. */
export interface ProposalTheme {
  kind: 'phrase' | 'area';
  /** The theme's identity: a phrase's folded key (script and vocabulary), an area's `area:` name. */
  key: string;
  /** As written in this report (a phrase), or the area's name. */
  name: string;
  /** An area's first level (经济 for 数字经济); null for a phrase. */
  parent: string | null;
  /** For an area: the phrase that signalled it, as written. */
  signal: string | null;
  /** For an area: where its signal was read (the proposal, its section heading, the meeting's topic). */
  via: 'proposal' | 'section' | 'meeting' | null;
}

/** Where a proposal sits: its block and span, and the headings around it. */
export interface ThemeSource {
  block: Block;
  tokens: readonly TaggedWord[];
  span: [number, number];
  /** The section heading it sits under, as written and folded. */
  section: { text: string; folded: string } | null;
  /** The meeting's topic, as written and folded. */
  topic: { text: string; folded: string } | null;
  /** Where the block names organisations (offsets into it): the tagger's other ORG words are not. */
  organisations: readonly { start: number; end: number }[];
}

export const themeWords = perLexicon((lexicon: Lexicon): ThemeWords => ({
  stop: lexicon.themeStopwords,
  edge: lexicon.themeEdgeWords,
}));

/**
 * How many key phrases a proposal gets: one per this many characters, at least one and at most
 * MAX_PHRASES. A reference annotation names two or three for a sentence of 40–60 characters.
 */
const CHARS_PER_PHRASE = 6;
const MAX_PHRASES = 6;

export function phraseCount(length: number): number {
  return Math.max(1, Math.min(MAX_PHRASES, Math.round(length / CHARS_PER_PHRASE)));
}

/**
 * A proposal's themes: its key phrases, then its policy areas, read from its own words first,
 * else from the heading of its section, else from the meeting's topic (a speaker at a meeting on
 * 近视防控 who does not repeat the words speaks to it).
 */
export function proposalThemes(
  source: ThemeSource,
  lexicon: Lexicon,
  scorer: PhraseScorer = phraseModel(),
): ProposalTheme[] {
  const { block, span } = source;
  const reading = jiebaReading(block.folded, span);
  const phrases = keyPhrases(
    phraseWords(source.tokens, source.organisations, reading),
    block.folded,
    span,
    themeWords(lexicon),
    reading.edges,
    { count: phraseCount(span[1] - span[0]), scorer },
  ).map((p): ProposalTheme => ({
    kind: 'phrase',
    key: themeKey(p.folded),
    name: block.text.slice(p.start, p.end),
    parent: null,
    signal: null,
    via: null,
  }));
  // A phrase that is an area's name (乡村振兴, 数字经济) is that area: two themes of one name
  // and two kinds would leave a reader of `themes` unable to tell them apart.
  const named = areasByName(lexicon);
  const asAreas = phrases.filter((p) => named.has(p.key));
  const own = block.folded.slice(span[0], span[1]);
  const contexts = [
    { via: 'proposal' as const, text: block.text.slice(span[0], span[1]), folded: own },
    ...(source.section ? [{ via: 'section' as const, ...source.section }] : []),
    ...(source.topic ? [{ via: 'meeting' as const, ...source.topic }] : []),
  ];
  for (const c of contexts) {
    const hits = areasOf(c.folded, lexicon);
    if (hits.length === 0) continue;
    const areas = hits.map((h): ProposalTheme => ({
      kind: 'area',
      key: areaKey(h.area.name),
      name: h.area.name,
      parent: h.area.parent,
      signal: c.text.slice(h.start, h.end),
      via: c.via,
    }));
    return withNamedAreas(phrases, areas, asAreas, named);
  }
  return withNamedAreas(phrases, [], asAreas, named);
}

const areasByName = perLexicon(
  (lexicon: Lexicon) => new Map(lexicon.policyAreas.map((a) => [themeKey(a.name), a])),
);

/** The phrases that are no area's name, the areas read, and each area a phrase named. */
function withNamedAreas(
  phrases: readonly ProposalTheme[],
  areas: readonly ProposalTheme[],
  asAreas: readonly ProposalTheme[],
  named: ReadonlyMap<string, PolicyArea>,
): ProposalTheme[] {
  const out = [...phrases.filter((p) => !named.has(p.key)), ...areas];
  for (const p of asAreas) {
    const area = named.get(p.key);
    if (!area || out.some((t) => t.key === areaKey(area.name))) continue;
    out.push({
      kind: 'area',
      key: areaKey(area.name),
      name: area.name,
      parent: area.parent,
      signal: p.name,
      via: 'proposal',
    });
  }
  return out;
}
