import type { Lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { segmenter } from '../segment/segmenter';
import type { TaggedWord } from '../tag/tagger';
import { mention } from './findMentions';
import type { Mention } from './mention';

// jieba's person tags; a name inside such a word must be one whole dictionary name.
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/**
 * Names that open a word named after a person, read whole by the tagger (马克思主义, 马克思列宁主义,
 * 汤姆斯杯): each name of its opening is a mention of the person. The opening must be nothing but
 * names to jieba's dictionary (马克思|列宁), so 社会主义, 新时代思想 or 世界杯 name nobody.
 */
export function eponymNames(
  block: Block,
  tagged: readonly TaggedWord[],
  lexicon: Lexicon,
): Mention[] {
  const out: Mention[] = [];
  for (const w of tagged) {
    if (w.label === 'PER') continue;
    const word = block.folded.slice(w.start, w.end);
    const head = lexicon.eponymHeads.find((h) => word.endsWith(h) && word.length > h.length + 1);
    if (!head) continue;
    const names = segmenter().tagShort(word.slice(0, word.length - head.length));
    if (!names.every((t) => PERSON_TAGS.has(t.tag) && t.word.length >= 2)) continue;
    let at = w.start;
    for (const t of names) {
      out.push(mention(block, [at, at + t.word.length], [], { source: 'in-word' }));
      at += t.word.length;
    }
  }
  return out;
}
