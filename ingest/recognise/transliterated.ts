import type { ReportDoc } from '../doc/reportDoc';
import type { Mention } from './mention';
import { firstEndingAfter } from '../tag/tagger';
import { nameRules } from './name';
import { trailingTitle } from './trailingTitle';

/** The dots that join the parts of a transliterated name (哈利·华纳, 威廉‧陆斯佛得). */
const DOT = /[·・•‧]/;
/** Is the character one of those dots? */
export const isNameDot = (ch: string | undefined): boolean => DOT.test(ch ?? '');
/** A transliterated name whole: its parts joined by dots. */
export const DOTTED_NAME = /^[\u3400-\u9fff]{1,8}(?:[·・•‧][\u3400-\u9fff]{1,8})+$/;
const HAN = /[\u3400-\u9fff]/;
/** Characters between a name read and the dot of its own transliterated rest (帕尔|哈提·艾山江). */
const MAX_GAP = 6;
/** Characters of one part of a transliterated name after a dot (买合木提江). */
const MAX_PART = 8;
/** A last part this short may have been read short (吐尔洪·买合|木提江, not 安德鲁·葛鲁夫|一行). */
const SHORT_PART = 2;
/** Characters a dotted name read short may still run on (吐尔洪·买合|木提江). */
const MAX_REST = 4;
/** The least rest a short part may take up to where names end. */
const MIN_REST = 3;

/**
 * Where a name read by a rule or the tagger is the first part of a transliterated name, or ends
 * inside one (帕尔哈提|·艾山江建议, 帕尔|哈提·艾山江表示, 吐尔洪·买合|木提江、): the end of the whole
 * name, its parts joined by dots; or null when no dot follows. A part ends where names end (a
 * speech verb, a post, a follower) or where the Han characters stop.
 */
export function dottedEnd(
  text: string,
  start: number,
  end: number,
  endsName: (text: string, at: number) => boolean,
): number | null {
  for (let i = end - 2; i > start; i--)
    if (DOT.test(text[i] ?? ''))
      return end - i - 1 <= SHORT_PART ? restOfPart(text, end, endsName) : null;
  let at = end;
  while (at < end + MAX_GAP && HAN.test(text[at] ?? '')) at++;
  if (!DOT.test(text[at] ?? '') || !HAN.test(text[at + 1] ?? '')) return null;
  while (DOT.test(text[at] ?? '') && HAN.test(text[at + 1] ?? '')) {
    let part = at + 1;
    while (part < at + 1 + MAX_PART && HAN.test(text[part] ?? '')) {
      part++;
      if (part - at - 1 >= 2 && endsName(text, part)) break;
    }
    at = part;
  }
  return at;
}

/**
 * A dotted name read short of its last part's end (吐尔洪·买合|木提江、): the rest, only when it runs
 * to a punctuation mark with no place a name could end before it (约翰·肯尼迪|曾说 stays).
 */
function restOfPart(
  text: string,
  end: number,
  endsName: (text: string, at: number) => boolean,
): number | null {
  let at = end;
  while (at < end + MAX_REST && HAN.test(text[at] ?? '') && !endsName(text, at)) at++;
  if (at > end && at < text.length && !HAN.test(text[at] ?? '')) return at;
  // 努尔兰·阿不|都满金出席: a rest of three or more characters up to where names end (a verb, a
  // post, a follower) is the part's too; fewer (约翰·肯尼|迪曾说) are not enough to tell.
  return at - end >= MIN_REST && at < end + MAX_REST && endsName(text, at) ? at : null;
}

/** Every mention that reads only part of a transliterated name takes the whole name. */
export function acrossDots(doc: ReportDoc): void {
  const { endsName } = nameRules(doc.lexicon);
  doc.mentions = doc.mentions.map((m): Mention => {
    const f = doc.blocks[m.block]?.folded ?? '';
    // The tagger's dotted name from the same place, where it has one (安德鲁·葛鲁夫|一行).
    // Found by binary search: a long block has many mentions and many words.
    const words = doc.tokens[m.block] ?? [];
    const at = firstEndingAfter(words, m.nameStart);
    const w = words[at];
    const tagged =
      w && w.start === m.nameStart && w.label === 'PER' && DOT.test(f.slice(w.start, w.end))
        ? w
        : undefined;
    // A tagged word that ends at its dot goes on in the next name the tagger read (柯林·|钱德勒).
    const next = words[at + 1];
    const taggedEnd =
      tagged && isNameDot(f[tagged.end - 1]) && next?.label === 'PER' && next.start === tagged.end
        ? next.end
        : tagged?.end;
    const end =
      taggedEnd !== undefined && taggedEnd > m.nameEnd
        ? taggedEnd
        : dottedEnd(f, m.nameStart, m.nameEnd, endsName);
    if (end === null) return m;
    // A title after the name that the longer name now covers is no longer after it.
    if (m.trailing && m.trailing.start < end) return m;
    // A post after the whole name is its title (阿依古丽·阿不都常委建议).
    const trailing = m.trailing ?? trailingTitle(f, end, doc.lexicon);
    return {
      ...m,
      nameEnd: end,
      key: f.slice(m.nameStart, end),
      ...(trailing ? { trailing } : {}),
    };
  });
}
