import type { Block } from '../normalise/block';
import type { TaggedWord } from '../tag/tagger';
import { mention } from './findMentions';
import type { Mention } from './mention';
import type { Lexicon } from '../lexicon/lexicon';
import { nameRules } from './name';
import { titleRules } from './title';
import { DOTTED_NAME, isNameDot } from './transliterated';
import { words } from './words';
import { trailingTitle } from './trailingTitle';
import { segmenter } from '../segment/segmenter';

// Chinese names are 2–4 characters; transliterated ones run longer (多斯桑托斯).
const HAN_NAME = /^[\u3400-\u9fff]{2,6}$/;
const HONORIFIC_BEFORE = /^[老小]([\u3400-\u9fff])$/;
const COLLECTIVE = /们$|^(?:大家|委员|代表|专家|同志)$/;

/**
 * The genre's corrections to a tagged name: a post glued to its end is a title after the name
 * (李斌委员 → 李斌 + 委员); a two-character name cut before its third character is extended
 * when only the longer reading ends where names end (孟凡|超常委 → 孟凡超 + 常委).
 */
export function correctName(
  folded: string,
  word: TaggedWord,
  lexicon: Lexicon,
  next?: TaggedWord,
): [number, number] | null {
  const { endsName } = nameRules(lexicon);
  const { notInName, post } = words(lexicon);
  const endsBeforeVerb = (f: string, at: number): boolean =>
    at < f.length && endsName(f, at) && !post(f, at) && !/[、，。；：,;:]/.test(f[at] ?? '');
  const { start } = word;
  let end = word.end;
  // 首都科托努, 经济首都阿比让: what a capital is called is a place.
  if (folded.slice(start - 2, start) === '首都') return null;
  // 许|许多多: a doubled word (AABB), not a surname and a name.
  if (start > 0 && folded[start - 1] === folded[start]) return null;
  // 陈先生, 杜氏, 胡老, 老薛: a surname with an honorific names the person by the surname alone.
  const tagged = folded.slice(start, end);
  const honoured = lexicon.honorifics.includes(tagged.slice(1))
    ? tagged[0]
    : HONORIFIC_BEFORE.exec(tagged)?.[1];
  if (honoured && lexicon.surnames.has(honoured)) {
    const at = start + tagged.indexOf(honoured);
    return [at, at + 1];
  }
  // 毛主席, 江主席: a surname and a post, tagged as one name; the post becomes a title after it.
  if (lexicon.surnames.has(tagged[0] ?? '') && lexicon.posts.includes(tagged.slice(1)))
    return [start, start + 1];
  const glued = titleRules(lexicon).postSuffix(folded.slice(start, end));
  if (glued && end - glued.length - start >= 2) end -= glued.length;
  // A photo credit's verb glued to the photographer (新华社记者李想摄).
  if (folded[end - 1] === '摄' && end - start >= 3) end -= 1;
  // The tagger left the third character as a word of its own (孟凡|超|常委), not as part of a
  // longer word (吉川|原作, 姆明|小说).
  const alone = !next || next.start !== end || next.end === end + 1;
  if (end - start === 2 && !endsName(folded, end) && !notInName.has(folded[end] ?? '。')) {
    if (end + 1 <= folded.length && alone && endsName(folded, end + 1)) end += 1;
  } else if (end - start === 2 && folded[end] === '和' && endsBeforeVerb(folded, end + 1)) {
    // 夏志|和出席会议: a conjunction joins two things, not a name and a verb; 和 ends the name.
    end += 1;
  }
  // 李集|招任|副秘书长: the verb of taking up a post, with the name's last character run into it.
  const takesPost = folded[end + 1] === '任' && titleRules(lexicon).postAfter(folded, end + 2);
  if (end - start === 2 && next?.start === end && next.end === end + 2 && takesPost) end += 1;
  // A particle or adverb the tagger ran into the name (洛马纳·卢阿卢阿亦曾…).
  while (end - start > 2 && notInName.has(folded[end - 1] ?? '')) end--;
  const name = folded.slice(start, end);
  if (COLLECTIVE.test(name)) return null;
  if (DOTTED_NAME.test(name)) return [start, end];
  for (let i = 1; i < name.length; i++) if (notInName.has(name[i] ?? '')) return null;
  if (!HAN_NAME.test(name)) return null;
  return [start, end];
}

/**
 * A transliterated name the tagger cut at its dot (安德里亚·|皮萨诺, 安德里亚|·|皮萨诺) is one name;
 * so is a name whose last character the tagger began as a name of its own (周一|良): no one is
 * named by one character glued to another name.
 */
function joinedNames(folded: string, tagged: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of tagged) {
    const last = out[out.length - 1];
    const dot = out[out.length - 2];
    const isDot = (x: TaggedWord | undefined): boolean =>
      x !== undefined && x.end - x.start === 1 && isNameDot(folded[x.start]);
    if (
      w.label === 'PER' &&
      last?.label === 'PER' &&
      last.end === w.start &&
      (isNameDot(folded[last.end - 1]) || (w.end - w.start === 1 && last.end - last.start >= 2))
    )
      out[out.length - 1] = { ...last, end: w.end };
    else if (w.label === 'PER' && isDot(last) && dot?.label === 'PER' && dot.end === last?.start)
      out.splice(out.length - 2, 2, { ...dot, end: w.end });
    else out.push(w);
  }
  return out;
}

const UNKNOWN_OR_NAME = new Set(['x', 'nr', 'nrfg', 'nrt', 'eng', 'm']);

/**
 * Does the name end inside a word jieba reads across its end (小摩|擦 of 小摩擦)? Then the tagger
 * cut a word, and the name is no name.
 */
function cutInsideWord(folded: string, [start, end]: [number, number]): boolean {
  if (end >= folded.length) return false;
  let at = start;
  for (const t of segmenter().tagShort(folded.slice(start, end + 2))) {
    const from = at;
    at += t.word.length;
    if (at === end) return false;
    // A dictionary word that begins inside the name (摩擦); words the segmenter made up (x) and
    // longer words that hold the whole name (邓小平理论) leave it be.
    if (at > end) return from > start && !UNKNOWN_OR_NAME.has(t.tag);
  }
  return false;
}

/** Person names the tagger finds anywhere in a block, with the genre's corrections applied. */
export function taggedPersons(
  block: Block,
  tagged: readonly TaggedWord[],
  lexicon: Lexicon,
): Mention[] {
  const out: Mention[] = [];
  const words = joinedNames(block.folded, tagged);
  const ends = new Set(tagged.map((w) => w.end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w?.label !== 'PER') continue;
    const name = correctName(block.folded, w, lexicon, words[i + 1]);
    if (!name) continue;
    const post = trailingTitle(block.folded, name[1], lexicon);
    // A post runs to the end of a word the tagger read (俞正声主持|人民政协网: no 主持人).
    const trailing = post && ends.has(post.end) ? post : undefined;
    if (!trailing && cutInsideWord(block.folded, name)) continue;
    out.push(
      mention(block, name, [], {
        source: 'tagger',
        trailing,
      }),
    );
  }
  return out;
}
