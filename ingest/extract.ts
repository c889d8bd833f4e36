import { createHash } from 'node:crypto';
import { DocumentGraph } from '../src/domain/documentGraph';
import { layout } from './normalise/layout';
import { personMentions } from './recognise/persons';
import { findMeeting, yearOf } from './recognise/meeting';
import { turns } from './attribute/turns';
import { buildGraph } from './graph/buildGraph';
import { scriptOf } from './normalise/script';

export interface ExtractOptions {
  /** A name for the report (its path or URL). */
  source: string;
  /** YYYY-MM-DD: gives the year when the report names only month and day. */
  published?: string | null;
  /** Warnings from decoding, carried into the graph. */
  warnings?: string[];
}

/**
 * A document's identity: its text and, when given, its publication date. The date decides the
 * year of datelines such as 北京6月14日电, so the same text with another date reads differently:
 * it is an edit, and replaces the document from the same source. Without a date the hash is the
 * text's alone.
 */
function documentHash(raw: string, published: string | null): string {
  const h = createHash('sha256').update(raw);
  if (published) h.update(`\u0000published:${published}`);
  return h.digest('hex');
}

/**
 * One report's text to its document graph: layout repair with offsets, people and their titles,
 * organisations, the meeting, who said what, proposals and themes. Offsets in the result are
 * offsets into `text`.
 */
export function extract(text: string, options: ExtractOptions): DocumentGraph {
  const raw = text.replace(/^\uFEFF/, '');
  const warnings = [...(options.warnings ?? [])];
  const published = options.published ?? null;
  const blocks = layout(raw);
  const mentions = personMentions(blocks);
  const ordered = [
    ...blocks.filter((b) => b.kind === 'paragraph'),
    ...blocks.filter((b) => b.kind === 'caption'),
  ];
  const meeting = findMeeting(ordered);
  const { year, inferred } = meeting?.date?.year
    ? { year: meeting.date.year, inferred: false }
    : yearOf(blocks, published);
  if (meeting?.date && inferred)
    warnings.push(
      `the meeting's year is taken from the latest year the report names (${year}); pass --published to set it`,
    );
  if (meeting?.date && year === null)
    warnings.push("the meeting's year is unknown; pass --published YYYY-MM-DD");
  if (!meeting) warnings.push('no meeting found (no sentence convenes one)');
  const graph = buildGraph({
    source: options.source,
    contentHash: documentHash(raw, published),
    published,
    blocks,
    mentions,
    turns: turns(blocks, mentions),
    meeting,
    year,
    warnings,
  });
  if (graph.persons.length === 0) warnings.push('no speakers or named people found');
  return DocumentGraph.parse({ ...graph, script: scriptOf(blocks) });
}
