import { Trainer } from 'crfsuite';
import type { ReportDoc } from '../doc/reportDoc';
import { withoutGlosses } from '../../src/domain/gloss';
import { themeMatches } from '../../src/domain/themeKey';
import { KEY, OTHER } from './phraseModel';
import { phraseCandidates } from './phraseCandidates';
import { phraseFeatures } from './phraseFeatures';
import { themeWords } from './proposalThemes';
import { jiebaReading, phraseWords } from './phraseWords';

/** A reference proposal to learn from: its evidence as written and its keywords. */
export interface KeywordedProposal {
  evidence: readonly string[];
  keywords: readonly string[];
}

/** One candidate of a reference proposal: its features, and whether a keyword matches it. */
export interface PhraseExample {
  features: string[];
  key: boolean;
}

/** Where a reference sentence is in the read document: a block and a span of it. */
function locate(
  doc: ReportDoc,
  evidence: string,
): { block: number; span: [number, number] } | null {
  // Pinyin glosses (政協(xié)) are in the annotation, as written, but not in the blocks read.
  const text = withoutGlosses(evidence).trim();
  if (!text) return null;
  for (const b of doc.blocks) {
    const at = b.text.indexOf(text);
    if (at >= 0) return { block: b.index, span: [at, at + text.length] };
  }
  return null;
}

/**
 * The candidates of every reference proposal of a read report, labelled: a candidate is a key
 * phrase when one of its proposal's keywords matches it as the theme measure matches (one
 * contains the other, both folded). The model learns what an annotator names.
 */
export function phraseExamples(
  doc: ReportDoc,
  proposals: readonly KeywordedProposal[],
): PhraseExample[] {
  const lists = themeWords(doc.lexicon);
  const out: PhraseExample[] = [];
  for (const p of proposals) {
    if (p.keywords.length === 0) continue;
    for (const e of p.evidence) {
      const at = locate(doc, e);
      const block = at ? doc.blocks[at.block] : undefined;
      if (!at || !block) continue;
      const reading = jiebaReading(block.folded, at.span);
      const words = phraseWords(
        doc.tokens[at.block] ?? [],
        doc.organisations.filter((o) => o.block === at.block),
        reading,
      );
      for (const c of phraseCandidates(words, block.folded, at.span, lists, reading.edges))
        out.push({
          features: phraseFeatures(c, lists),
          key: p.keywords.some((k) => themeMatches(c.folded, k)),
        });
    }
  }
  return out;
}

/**
 * CRFsuite's settings: L-BFGS with an L2 penalty only (every feature keeps a weight; there are
 * few). Chosen by five-fold cross-validation on the development reports (docs/themes.md).
 */
const SETTINGS = { c1: '0', c2: '1', max_iterations: '200' };

/** Trains the phrase model on labelled candidates and writes it to `file`. */
export function trainPhraseModel(examples: readonly PhraseExample[], file: string): void {
  const trainer = new Trainer({ debug: false });
  trainer.set_params(SETTINGS);
  for (const e of examples) trainer.append([e.features], [e.key ? KEY : OTHER]);
  trainer.train(file);
}
