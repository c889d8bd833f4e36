import type { Block } from '../normalise/block';
import { firstEndingAfter, type TaggedWord } from '../tag/tagger';
import type { Lexicon } from '../lexicon/lexicon';
import { bodyStart } from './delegation';
import { organisationRules, type OrgMention } from './organisations';

// Words that never open an organisation's name: what the clause said before it (调动|全国政协,
// 多位|全国政协, 全面总结|人民政协). Conjunctions stay: 发展和改革委员会 has one inside.
const BEFORE_NAME = new Set(['v', 'vd', 'p', 'u', 'm', 'q', 'TIME', 'PER', 'd', 'ad', 'xc', 'w']);
const PUNCTUATION = /^[《「『“"'—\-/／·〔〕()（）\s]+/;
// A term's ordinal is not part of the body's name (十四届全国政协, 十二届市政协).
const TERM = /^第?[一二三四五六七八九十]+[届屆]/;
const TRAILING = /[在的和与]+$/;
// An ordinal inside a name (政协第十四届全国委员会) does not cut it.
const ORDINAL = /^第?[一二三四五六七八九十百\d]+[届屆次]$/;
// A dateline's last character run into the name by layout (…11月1日电政协…).
const DATELINE_END = /^[电讯](?=[\u3400-\u9fff]{2})/;

/**
 * An organisation's extent as the tagger's words bound it: past the words the clause opened
 * with, stray punctuation and a term's ordinal at its left, a preposition at its right. Null
 * when nothing of a name is left.
 */
export function trimOrganisation(
  block: Block,
  words: readonly TaggedWord[],
  o: OrgMention,
  lexicon: Lexicon,
): OrgMention | null {
  const f = block.folded;
  let start = o.start;
  let end = o.end;
  for (let i = firstEndingAfter(words, start); i < words.length; i++) {
    const w = words[i];
    if (!w || w.end >= end) break;
    if (w.start >= start && BEFORE_NAME.has(w.label) && !ORDINAL.test(f.slice(w.start, w.end)))
      start = w.end;
  }
  start += PUNCTUATION.exec(f.slice(start, end))?.[0].length ?? 0;
  if (f[start - 1] === '日') start += DATELINE_END.exec(f.slice(start, end))?.[0].length ?? 0;
  start += TERM.exec(f.slice(start, end))?.[0].length ?? 0;
  start = bodyStart(f, start, end);
  end -= TRAILING.exec(f.slice(start, end))?.[0].length ?? 0;
  // A suffix alone (政协, 人大) is a reference to some body, not its name.
  if (end - start < 2 || lexicon.orgSuffixes.includes(f.slice(start, end))) return null;
  if (start === o.start && end === o.end) return o;
  return { ...o, start, end, key: organisationRules(lexicon).orgKey(f.slice(start, end)) };
}
