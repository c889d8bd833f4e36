import { lexicon } from '../lexicon/lexicon';

/** Alternation regex over a lexicon, longest entries first so 副主任 wins over 主任. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The longest lexicon entry that `text` starts with at `at`, or ''. Lexicons are sorted longest first. */
export function startsWithAny(text: string, at: number, words: readonly string[]): string {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return '';
}

/** Adverbs that may stand between a speaker's name and the speech verb (吴坚也认为). */
export const ADVERBS = [
  '进一步',
  '同样',
  '随后',
  '接着',
  '首先',
  '最后',
  '也',
  '还',
  '则',
  '亦',
  '都',
  '又',
  '更',
  '就',
  '先',
];

/** Characters that never sit inside a given name but often follow one (钱为民在…, 吴坚也…). */
export const NOT_IN_NAME = new Set(
  '的了是在也还则亦都就和与及等对向从把被将于并或这那他她我你们说称讲谈，。、；：！？「」『』“”（）()《》·—-'.split(
    '',
  ),
);

/** Collective subjects: speech by them is nobody's proposal, and it ends a speaker's turn. */
export const GROUP_SUBJECTS =
  /^(?:与会|政协委员们|委员们|代表们|专家们|专家学者|大家|与会者|与会人员|与会委员|与会专家|大家一致|各方|有关方面|会议)/;

export const speechVerb = (text: string, at: number): string =>
  startsWithAny(text, at, lexicon.speechVerbs);
export const post = (text: string, at: number): string => startsWithAny(text, at, lexicon.posts);
