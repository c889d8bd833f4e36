import type { Block } from '../normalise/block';
import type { Sentence } from '../normalise/sentences';
import type { TaggedWord } from '../tag/tagger';
import type { Mention } from '../recognise/mention';
import type { OrgMention } from '../recognise/organisations';
import type { MeetingFacts } from '../recognise/meeting';
import type { Turn } from '../attribute/turns';
import type { Lexicon } from '../lexicon/lexicon';

/** What a span names. */
export type SpanLabel = 'PER' | 'ORG' | 'LOC';

/**
 * A candidate name at one place of a block, as one component saw it: offsets into the block's
 * text, the component that found it, and how sure it is (rules that read a title chain are
 * surer than a tagger's guess). Merge policies choose among overlapping spans.
 */
export interface Span {
  block: number;
  start: number;
  end: number;
  label: SpanLabel;
  source: string;
  score: number;
}

/**
 * One report as the pipeline reads it: the layers each component reads and adds to, in the
 * order the pipeline fills them (spaCy's `Doc`). Offsets in every layer are into a block's text,
 * which maps to the raw text through `Block.offsets`.
 */
export interface ReportDoc {
  /** The text as read, BOM removed: evidence offsets are into this. */
  raw: string;
  /** The word lists the extractor reading this document was given. */
  lexicon: Lexicon;
  source: string;
  published: string | null;
  warnings: string[];
  /** Paragraphs, headings and captions after layout repair, with folded text. */
  blocks: Block[];
  /** Sentences of each block, by block index. */
  sentences: Sentence[][];
  /** The tagger's words of each block's folded text, by block index. */
  tokens: TaggedWord[][];
  /** Candidate names from every component, before any merge. */
  spans: Span[];
  /** The people named, one mention per place, after the merge policy. */
  mentions: Mention[];
  /** Organisations named in running text, after short-form and containment rules. */
  organisations: OrgMention[];
  /** Short forms (省政协) that stand for one full name in this report (浙江省政协). */
  shortForms: Map<string, { key: string; name: string }>;
  meeting: MeetingFacts | null;
  year: number | null;
  turns: Turn[];
  /** How many speakers the report says spoke (14位全国政协常委作大会发言), if it says. */
  announcedSpeakers: number | null;
  /** The text stops mid-sentence (an archive kept only the page's opening). */
  truncated: boolean;
}

/** A document with only its text: the pipeline's components fill the rest. */
export function newDoc(
  raw: string,
  options: { source: string; published: string | null; warnings: string[]; lexicon: Lexicon },
): ReportDoc {
  return {
    raw,
    ...options,
    blocks: [],
    sentences: [],
    tokens: [],
    spans: [],
    mentions: [],
    organisations: [],
    shortForms: new Map(),
    meeting: null,
    year: null,
    turns: [],
    announcedSpeakers: null,
    truncated: false,
  };
}
