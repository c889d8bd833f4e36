import { lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { chainStart, parseChain, type TitleSpan } from './title';
import type { Mention } from './mention';
import { looksLikeName, readName } from './name';
import { ADVERBS, alternation, speechVerb } from './words';

const POSTS = new RegExp(alternation(lexicon.posts), 'g');
const HONORIFICS = /同志|总书记/g;
const BOUNDARY = /[，。；：！？「」『』“”（）()、\n]/;

function mention(
  block: Block,
  name: [number, number],
  titles: TitleSpan[],
  trailing?: TitleSpan,
): Mention {
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
    ...(trailing ? { trailing } : {}),
  };
}

/** Title chain, then name: 全国政协委员、科技部原副部长李明. */
function titledMentions(block: Block): Mention[] {
  const out: Mention[] = [];
  const f = block.folded;
  for (const m of f.matchAll(POSTS)) {
    const nameStart = m.index + m[0].length;
    const length = readName(f, nameStart);
    if (length === 0) continue;
    const start = chainStart(f, m.index);
    const titles = parseChain(f, start, nameStart);
    if (titles.length === 0) continue;
    out.push(mention(block, [nameStart, nameStart + length], titles));
  }
  return out;
}

function followedBySpeech(f: string, at: number): boolean {
  const adverb = ADVERBS.find((a) => f.startsWith(a, at));
  const after = at + (adverb?.length ?? 0);
  return (
    speechVerb(f, after) !== '' || BOUNDARY.test(f[after] ?? '。') || f.startsWith('在', after)
  );
}

/** Name, then a title or honorific: 车俊常委建议, 某某总书记, 李斌委员表示. */
function trailingTitleMentions(block: Block): Mention[] {
  const out: Mention[] = [];
  const f = block.folded;
  const found = (re: RegExp, needsSpeech: boolean): void => {
    for (const m of f.matchAll(re)) {
      const postEnd = m.index + m[0].length;
      if (needsSpeech && !followedBySpeech(f, postEnd)) continue;
      for (const length of [3, 2, 4]) {
        const nameStart = m.index - length;
        if (nameStart < 0) continue;
        const name = f.slice(nameStart, m.index);
        const fromBoundary = nameStart === 0 || BOUNDARY.test(f[nameStart - 1] ?? '');
        if (!looksLikeName(name) || (!fromBoundary && length !== 3)) continue;
        const trailing: TitleSpan = {
          start: m.index,
          end: postEnd,
          orgStart: m.index,
          orgEnd: m.index,
          post: m[0],
          former: false,
        };
        out.push(mention(block, [nameStart, m.index], [], m[0] === '同志' ? undefined : trailing));
        break;
      }
    }
  };
  found(HONORIFICS, false);
  found(POSTS, true);
  return out;
}

// A clause that opens with 2–4 characters and then (an adverb and) a speech verb, or 在…看来.
const BARE_SPEAKER = new RegExp(
  `(?<=^|[，。；：！？「」『』“”（）()、\\n])(在)?([\\u3400-\\u9fff]{2,4}?)(?=(?:${alternation(ADVERBS)})?(?:${alternation(lexicon.speechVerbs)})|看来)`,
  'g',
);

/** A bare name opening a clause and followed by a speech verb: 张三表示, 在李四看来. */
function bareSpeakerMentions(block: Block): Mention[] {
  const out: Mention[] = [];
  const f = block.folded;
  for (const m of f.matchAll(BARE_SPEAKER)) {
    const at = m.index + (m[1]?.length ?? 0);
    const end = at + (m[2]?.length ?? 0);
    const seenAs = m[1] ? f.startsWith('看来', end) : !f.startsWith('看来', end);
    if (seenAs && looksLikeName(f.slice(at, end))) out.push(mention(block, [at, end], []));
  }
  return out;
}

/** Every other occurrence of a name already known from somewhere in the report. */
export function knownNameMentions(block: Block, keys: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const key of keys) {
    for (let i = block.folded.indexOf(key); i >= 0; i = block.folded.indexOf(key, i + key.length)) {
      out.push(mention(block, [i, i + key.length], []));
    }
  }
  return out;
}

/** All first-pass mentions of people in a block, by title, honorific or speech verb. */
export function findMentions(block: Block): Mention[] {
  return [...titledMentions(block), ...trailingTitleMentions(block), ...bareSpeakerMentions(block)];
}
