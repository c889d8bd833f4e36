import { perLexicon, type Lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { firstEndingAfter, type TaggedWord } from '../tag/tagger';
import { chainStart, POST_MODIFIERS, titleRules, type TitleSpan } from './title';
import type { Mention } from './mention';
import { nameRules } from './name';
import { DOTTED_NAME } from './transliterated';
import { alternation, words } from './words';

// 有关负责同志, 部门负责同志: officials in charge, not a person named 关负责.
const HONORIFICS = /(?<!负责)同志|总书记/g;
const BODY_POST_BEFORE = /(?:委员|常委)$/;
const patterns = perLexicon((lexicon) => ({
  posts: new RegExp(alternation(lexicon.posts), 'g'),
  // A party's branch right before a name (民盟卫东区总支甲): the member's branch as a title.
  branches: new RegExp(
    `(?:${alternation(lexicon.parties.filter((p) => p !== '中共'))})[\\u3400-\\u9fff]{0,8}?(?:${alternation(lexicon.branchHeads)})`,
    'g',
  ),
  // A clause that opens with 2–4 characters and then (an adverb and) a speech verb, or 在…看来.
  bareSpeaker: new RegExp(
    `(?<=^|[，。；：！？「」『』“”（）()、\\n])(在)?([\\u3400-\\u9fff]{2,4}?)(?=(?:${alternation(lexicon.adverbs)})?(?:${alternation(lexicon.speechVerbs)})|看来)`,
    'g',
  ),
}));
const BOUNDARY = /[，。；：！？「」『』“”（）()、\n,;:!?]/;

/** How sure each way of finding a name is: a title chain is surest, a bare known name least. */
export const MENTION_SCORES = {
  'rule:titled': 0.95,
  'rule:trailing': 0.9,
  'rule:speaker': 0.8,
  'rule:shared-title': 0.85,
  tagger: 0.7,
  'in-word': 0.65,
  'known-name': 0.6,
} as const;
export type MentionSource = keyof typeof MENTION_SCORES;

export function mention(
  block: Block,
  name: [number, number],
  titles: TitleSpan[],
  options: { source: MentionSource; trailing?: TitleSpan | undefined },
): Mention {
  const { trailing, source } = options;
  const [nameStart, nameEnd] = name;
  const start = titles[0]?.start ?? nameStart;
  const key = block.folded.slice(nameStart, nameEnd);
  return {
    block: block.index,
    start,
    nameStart,
    nameEnd,
    titles,
    key,
    source,
    score: MENTION_SCORES[source],
    ...(trailing ? { trailing } : {}),
  };
}

// Words that cannot sit inside a title chain: a chain read back to the clause's start begins
// after the last of them (昨日听取了|国务院总理李强, 几名|全国政协委员). 兼 and 、 join titles.
const OUTSIDE_CHAIN = new Set(['v', 'vd', 'p', 'u', 'm', 'q', 'TIME', 'PER', 'd', 'xc', 'w']);
// A determiner opening the chain is no part of it (本次|大会执行主席, 其中|全国政协主席).
const DETERMINERS = new Set(['本次', '本届', '此次', '这次', '该', '本', '其中']);
const JOINS_TITLES = new Set(['兼', '、', '（', '）', '(', ')']);
// A term's ordinal opens a title (十二届市政协主席), though the tagger reads it as a number; so
// does a session's (省政协十三届一次会议主席团常务主席).
const TERM = /^第?[一二三四五六七八九十\d]+[届屆](?:第?[一二三四五六七八九十\d]+次)?$/;

// An association's name ends so, though a bare 总会 or 联谊会 is a short form, not a suffix.
const ASSOCIATION_END = /(?:总会|联谊会|同乡会)$/;
// A number before a unit of a body is part of its name (基层委员会二支部, 第三分会).
const GRADE = /^[一二三四五六七八九十\d]级$/;
const ERA = /^(?:当代|现代|近代|古代)$/;
const NUMBERED_UNIT = /^(?:支部|支社|分会|总支|小组|党支部)/;

function trimChain(
  f: string,
  tagged: readonly TaggedWord[],
  start: number,
  postAt: number,
  endsInPost: (text: string) => boolean,
  endsBody: (word: string) => boolean,
): number {
  let s = start;
  let previous = '';
  for (let i = firstEndingAfter(tagged, s); i < tagged.length; i++) {
    const w = tagged[i];
    if (!w) break;
    if (w.end <= s) continue;
    if (w.end > postAt) break;
    const word = f.slice(w.start, w.end);
    // 甲、乙和秘书长丙: a conjunction right after a name joins people, not titles.
    // 以及企业代表甲: a conjunction opening the chain joins this person to the ones before.
    const joinsPeople =
      (w.label === 'c' && (previous === 'PER' || w.start === s)) ||
      // …的提案以及港区政协常委甲: what stands before the conjunction is no title.
      (word === '以及' && !endsInPost(f.slice(s, w.start))) ||
      (w.start === s && DETERMINERS.has(word));
    const numbersUnit =
      w.label === 'm' &&
      NUMBERED_UNIT.test(
        word.replace(/^第?[一二三四五六七八九十\d]+/, '') || f.slice(w.end, w.end + 3),
      );
    // 中国驻美国大使: 驻 is inside the post.
    // 澳门工会联合总会副会长: a body's last word the tagger reads as an adverb (总会 "always").
    const closesBody = w.start > s && endsBody(word);
    // 二级巡视员: a grade opens the post; 香港中文大学当代中国文化研究中心: an era word inside a
    // body's name; 住渝全国政协委员: members resident in a place.
    const inside =
      JOINS_TITLES.has(word) ||
      TERM.test(word) ||
      numbersUnit ||
      GRADE.test(word) ||
      (w.label === 'TIME' && ERA.test(word) && previous === 'ORG') ||
      word === '驻' ||
      word === '住' ||
      closesBody;
    if (OUTSIDE_CHAIN.has(w.label) && !inside) s = w.end;
    else if (joinsPeople) s = w.end;
    previous = w.label;
  }
  return s;
}

/** Title chain, then name: 全国政协委员、科技部原副部长李明. */
// 会议执行主席是甲、乙; 执行主席由甲、乙担任; 澳区政协委员共十五名，包括甲、乙.
const LIST_COPULA =
  /^(?:是|为|由|：|:|共?[一二三四五六七八九十两\d]{1,3}[名位人][，,]?(?:包括|分别是|分别为|是|为)[：:]?)/;
// 中国全国政协委员, 中国国家主席: outlets outside the mainland name the country before the body.
const COUNTRY_FIRST = /^中国(?=全国政协|全国人大|国家主席|国家副主席)/;
const SUBHEAD = /^([\u3400-\u9fff]{2,4})[：:]/;
// Two characters the tagger reads as one ordinary word are no name, whatever jieba's dictionary
// says (荣获). Longer names it misreads as verbs now and then (施人玮), so they stay, unless an
// adverb or function word opens them.
const WORD_LABELS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'u', 'r', 'm', 'q', 'f', 'TIME']);

// A three-character name cannot open with an adverb or function word the tagger read there
// (陆续|报到 is no 陆续报).
const FUNCTION_LABELS = new Set(['d', 'p', 'c', 'u']);

function taggedAsWord(tagged: readonly TaggedWord[], start: number, end: number): boolean {
  const opensWith = (length: number, labels: ReadonlySet<string>): boolean =>
    tagged.some((w) => w.start === start && w.end === start + length && labels.has(w.label));
  if (end - start === 3) return opensWith(2, FUNCTION_LABELS);
  return end - start === 2 && opensWith(2, WORD_LABELS);
}

/**
 * The tagger's name at the same place where the rule reads none (a Hong Kong married name such as
 * 周安达源, two surnames and a given name).
 */
function longerTaggedName(
  tagged: readonly TaggedWord[],
  at: number,
  length: number,
  f: string,
): number {
  const i = firstEndingAfter(tagged, at);
  const w = tagged[i];
  if (length === 0 && w && w.start === at) {
    // 买买|提明·托合提巴克: the tagger cut a transliterated name's first part as a word of its own.
    const next = tagged[i + 1];
    if (
      next?.label === 'PER' &&
      next.start - at <= 4 &&
      /^[\u3400-\u9fff]+$/.test(f.slice(at, next.start))
    )
      if (DOTTED_NAME.test(f.slice(at, next.end))) return next.end - at;
  }
  if (!w || w.start !== at || w.label !== 'PER') return length;
  const longer = w.end - w.start;
  const han = /^[\u3400-\u9fff]+$/.test(f.slice(w.start, w.end));
  // 帕巴拉·格列朗杰: a transliterated name, which no surname opens.
  const dotted = DOTTED_NAME.test(f.slice(w.start, w.end));
  // Only where the rule reads no name: its reading is surer where it has one (张泽熙|昨日).
  return length === 0 && ((longer >= 2 && longer <= 4 && han) || dotted) ? longer : length;
}

function titledMentions(block: Block, tagged: readonly TaggedWord[], lexicon: Lexicon): Mention[] {
  const { readName } = nameRules(lexicon);
  const { parseChain, postSuffix } = titleRules(lexicon);
  const endsInPost = (text: string): boolean => postSuffix(text) !== '';
  const endsBody = (word: string): boolean =>
    ASSOCIATION_END.test(word) || lexicon.orgSuffixes.some((x) => word.endsWith(x));
  const out: Mention[] = [];
  const f = block.folded;
  const { posts, branches } = patterns(lexicon);
  const matches = [...f.matchAll(posts), ...f.matchAll(branches)].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    // 甲委员代表乙发言: 代表 after a post speaks for someone; it is no title of theirs.
    if (m[0] === '代表' && BODY_POST_BEFORE.test(f.slice(Math.max(0, m.index - 2), m.index)))
      continue;
    const postEnd = m.index + m[0].length;
    // 会议执行主席是甲、乙: a list after the post and a copula.
    const copula = LIST_COPULA.exec(f.slice(postEnd, postEnd + 12))?.[0] ?? '';
    const nameStart = postEnd + copula.length;
    const length = longerTaggedName(tagged, nameStart, readName(f, nameStart), f);
    // 中共某区委|常委, 委员|荣誉委员: a post, or what qualifies one, is no name.
    const read = f.slice(nameStart, nameStart + length);
    if (lexicon.posts.includes(read) || POST_MODIFIERS.includes(read)) continue;
    if (length === 0 || (copula && f[nameStart + length] !== '、')) continue;
    if (taggedAsWord(tagged, nameStart, nameStart + length)) continue;
    const trimmed = trimChain(f, tagged, chainStart(f, m.index), m.index, endsInPost, endsBody);
    const start = trimmed + (COUNTRY_FIRST.exec(f.slice(trimmed, trimmed + 6))?.[0].length ?? 0);
    const titles = parseChain(f, start, postEnd);
    if (titles.length === 0) continue;
    out.push(mention(block, [nameStart, nameStart + length], titles, { source: 'rule:titled' }));
  }
  return out;
}

function followedBySpeech(f: string, at: number, lexicon: Lexicon): boolean {
  const { adverbs, speechVerb } = words(lexicon);
  const adverb = adverbs.find((a) => f.startsWith(a, at));
  const after = at + (adverb?.length ?? 0);
  return (
    speechVerb(f, after) !== '' ||
    BOUNDARY.test(f[after] ?? '。') ||
    f.startsWith('在', after) ||
    f.startsWith('代表', after)
  );
}

/** Name, then a title or honorific: 王建平常委建议, 某某总书记, 李斌委员表示. */
function trailingTitleMentions(block: Block, lexicon: Lexicon): Mention[] {
  const { looksLikeName } = nameRules(lexicon);
  const out: Mention[] = [];
  const f = block.folded;
  const found = (re: RegExp, needsSpeech: boolean): void => {
    for (const m of f.matchAll(re)) {
      const postEnd = m.index + m[0].length;
      if (needsSpeech && !followedBySpeech(f, postEnd, lexicon)) continue;
      for (const length of [3, 2, 4]) {
        const nameStart = m.index - length;
        if (nameStart < 0) continue;
        const name = f.slice(nameStart, m.index);
        const fromBoundary = nameStart === 0 || BOUNDARY.test(f[nameStart - 1] ?? '');
        if (!looksLikeName(name) || (!fromBoundary && length !== 3)) continue;
        // 李集招任副秘书长: 任 takes up the post (electedTitles reads it); it ends no name here.
        if (length > 2 && name.endsWith('任')) continue;
        const trailing: TitleSpan = {
          start: m.index,
          end: postEnd,
          orgStart: m.index,
          orgEnd: m.index,
          post: m[0],
          former: false,
        };
        out.push(
          mention(block, [nameStart, m.index], [], {
            source: 'rule:trailing',
            trailing: m[0] === '同志' ? undefined : trailing,
          }),
        );
        break;
      }
    }
  };
  found(HONORIFICS, false);
  found(patterns(lexicon).posts, true);
  return out;
}

/** A bare name opening a clause and followed by a speech verb: 张三表示, 在李四看来. */
function bareSpeakerMentions(block: Block, lexicon: Lexicon): Mention[] {
  const { looksLikeName } = nameRules(lexicon);
  const out: Mention[] = [];
  const f = block.folded;
  for (const m of f.matchAll(patterns(lexicon).bareSpeaker)) {
    const at = m.index + (m[1]?.length ?? 0);
    const end = at + (m[2]?.length ?? 0);
    const seenAs = m[1] ? f.startsWith('看来', end) : !f.startsWith('看来', end);
    if (seenAs && looksLikeName(f.slice(at, end)))
      out.push(mention(block, [at, end], [], { source: 'rule:speaker' }));
  }
  // 严晓远：关于…的建议 — a subhead (or a paragraph) that opens with the speaker and a colon.
  const subhead = SUBHEAD.exec(f)?.[1];
  if (subhead && !lexicon.pageLabels.has(subhead) && looksLikeName(subhead))
    out.push(mention(block, [0, subhead.length], [], { source: 'rule:speaker' }));
  return out;
}

/**
 * Every other occurrence of a name already known from somewhere in the report, in one pass over
 * the block: names are looked up by their first character, so the cost is the block's length,
 * not its length times the number of names.
 */
export function knownNameMentions(block: Block, keys: ReadonlySet<string>): Mention[] {
  const byFirst = new Map<string, string[]>();
  for (const key of keys) {
    const list = byFirst.get(key[0] ?? '') ?? [];
    list.push(key);
    byFirst.set(key[0] ?? '', list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  const f = block.folded;
  for (let i = 0; i < f.length; i++) {
    const key = byFirst.get(f[i] ?? '')?.find((k) => f.startsWith(k, i));
    if (!key) continue;
    out.push(mention(block, [i, i + key.length], [], { source: 'known-name' }));
    i += key.length - 1;
  }
  return out;
}

/**
 * All first-pass mentions of people in a block, by title, honorific or speech verb; the
 * tagger's words (when given) bound where a title chain can begin.
 */
export function findMentions(
  block: Block,
  tagged: readonly TaggedWord[],
  lexicon: Lexicon,
): Mention[] {
  return [
    ...titledMentions(block, tagged, lexicon),
    ...trailingTitleMentions(block, lexicon),
    ...bareSpeakerMentions(block, lexicon),
  ];
}
