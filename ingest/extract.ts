import { createHash } from 'node:crypto';
import { DocumentGraph } from '../src/domain/documentGraph';
import { newDoc, type ReportDoc } from './doc/reportDoc';
import { buildGraph } from './graph/buildGraph';
import { scriptOf } from './normalise/script';
import type { Component } from './pipeline/component';
import { pipeline } from './pipeline/pipeline';

export interface ExtractOptions {
  /** A name for the report (its path or URL). */
  source: string;
  /** YYYY-MM-DD: gives the year when the report names only month and day. */
  published?: string | null;
  /** Warnings from decoding, carried into the graph. */
  warnings?: string[];
  /** The components to run (default: `pipeline()`). */
  components?: readonly Component[];
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

let defaultPipeline: readonly Component[] | null = null;

/** Runs the pipeline's components over a text: the read document, before any graph is built. */
export async function read(text: string, options: ExtractOptions): Promise<ReportDoc> {
  const doc = newDoc(text.replace(/^\uFEFF/, ''), {
    source: options.source,
    published: options.published ?? null,
    warnings: [...(options.warnings ?? [])],
  });
  for (const component of options.components ?? (defaultPipeline ??= pipeline()))
    await component.run(doc);
  return doc;
}

/**
 * One report's text to its document graph: the pipeline's components read it into a
 * `ReportDoc` (layout, tagger, people, organisations, meeting, turns), and the graph is built
 * from that. Offsets in the result are offsets into `text`.
 */
export async function extract(text: string, options: ExtractOptions): Promise<DocumentGraph> {
  const doc = await read(text, options);
  const { raw, published } = doc;
  const graph = buildGraph({ ...doc, contentHash: documentHash(raw, published) });
  if (graph.persons.length === 0) doc.warnings.push('no speakers or named people found');
  return DocumentGraph.parse({ ...graph, script: scriptOf(doc.blocks) });
}
