import { createHash } from 'node:crypto';
import { DocumentGraph } from '../src/domain/documentGraph';
import { newDoc, type ReportDoc } from './doc/reportDoc';
import { buildGraph } from './graph/buildGraph';
import { scriptOf } from './normalise/script';
import { loadLexicon, LEXICON_DIR, type Lexicon } from './lexicon/lexicon';
import type { Component } from './pipeline/component';
import { pipeline } from './pipeline/pipeline';
import type { Tagger } from './tag/tagger';

export interface ExtractOptions {
  /** A name for the report (its path or URL). */
  source: string;
  /** YYYY-MM-DD: gives the year when the report names only month and day. */
  published?: string | null;
  /** Warnings from decoding, carried into the graph. */
  warnings?: string[];
}

export interface ExtractorOptions {
  /** A folder of word lists in the shape of `ingest/lexicon/` (default: the project's own). */
  lexiconDir?: string;
  /** The statistical tagger (default: the LAC model, loaded once per process). */
  tagger?: () => Promise<Tagger>;
  /** The organisation model's file (default: the vendored one, `models/org-crf`). */
  orgModel?: string;
}

/** One configured extractor: its lexicon and its components, read once when it is created. */
export interface Extractor {
  readonly lexicon: Lexicon;
  readonly components: readonly Component[];
  /** Runs the components over a text: the read document, before any graph is built. */
  read(text: string, options: ExtractOptions): Promise<ReportDoc>;
  /** One report's text to its document graph. */
  extract(text: string, options: ExtractOptions): Promise<DocumentGraph>;
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
 * An extractor with its own lexicon, loaded now (rules compile their patterns from it on first
 * use). The pipeline's components are the one list in `pipeline/pipeline.ts`; offsets in every
 * result are offsets into the text given.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const lexicon = loadLexicon(options.lexiconDir ?? LEXICON_DIR);
  const components = pipeline(options.tagger, options.orgModel);
  async function read(text: string, extractOptions: ExtractOptions): Promise<ReportDoc> {
    const doc = newDoc(text.replace(/^\uFEFF/, ''), {
      source: extractOptions.source,
      published: extractOptions.published ?? null,
      warnings: [...(extractOptions.warnings ?? [])],
      lexicon,
    });
    for (const component of components) await component.run(doc);
    return doc;
  }
  // The graph is built from the read document (layout, tagger, people, organisations,
  // meeting, turns); recognition has finished before buildGraph starts.
  async function extract(text: string, extractOptions: ExtractOptions): Promise<DocumentGraph> {
    const doc = await read(text, extractOptions);
    const { raw, published } = doc;
    const graph = buildGraph({ ...doc, contentHash: documentHash(raw, published) });
    const warnings =
      graph.persons.length === 0
        ? [...graph.warnings, 'no speakers or named people found']
        : graph.warnings;
    return DocumentGraph.parse({ ...graph, warnings, script: scriptOf(doc.blocks) });
  }
  return { lexicon, components, read, extract };
}

let projectExtractor: Extractor | null = null;

/** The project's extractor (its own lexicon, the LAC tagger), created on first use. */
export function defaultExtractor(): Extractor {
  return (projectExtractor ??= createExtractor());
}

/** Reads a text with the project's extractor. */
export function read(text: string, options: ExtractOptions): Promise<ReportDoc> {
  return defaultExtractor().read(text, options);
}

/** One report's text to its document graph, with the project's extractor. */
export function extract(text: string, options: ExtractOptions): Promise<DocumentGraph> {
  return defaultExtractor().extract(text, options);
}
