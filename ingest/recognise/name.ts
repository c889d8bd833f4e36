import { perLexicon } from '../lexicon/lexicon';
import { segmenter } from '../segment/segmenter';
import { words } from './words';

// jieba tags a word its HMM made up (not in the dictionary) 'x': with a surname, a name.
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
// A word jieba knows as one of these is not a name, even right after a title (代表应当…).
const NEVER_NAMES = new Set([
  'v',
  'vn',
  'vd',
  'd',
  'c',
  'p',
  'u',
  'r',
  'm',
  'q',
  'a',
  'ad',
  'f',
  't',
  'uj',
  'ul',
  'zg',
]);

/** The name rules of one lexicon: where a name starts, ends, and whether a string reads as one. */
export const nameRules = perLexicon((lexicon) => {
  const { adverbs, notInName, post, speechVerb } = words(lexicon);
  const followers = lexicon.nameFollowers;

  function surnameLength(text: string, at: number): number {
    if (lexicon.surnames.has(text.slice(at, at + 2))) return 2;
    return lexicon.surnames.has(text[at] ?? '') ? 1 : 0;
  }

  /** Does a name end here: before a speech verb, adverb, title, punctuation or a known follower? */
  function endsName(text: string, at: number): boolean {
    if (at >= text.length) return true;
    if (speechVerb(text, at) || post(text, at)) return true;
    if (followers.some((f) => text.startsWith(f, at))) return true;
    // 马志毅任团长, 李集招担任副秘书长: the post taken up, not the name's last character.
    const takes = /^(?:担任|出任|任)/.exec(text.slice(at, at + 2));
    if (takes && post(text, at + takes[0].length)) return true;
    const adverb = adverbs.find((a) => text.startsWith(a, at));
    return (
      adverb !== undefined &&
      (speechVerb(text, at + adverb.length) !== '' || text.startsWith('在', at + adverb.length))
    );
  }

  function plausible(name: string): boolean {
    for (let i = 1; i < name.length; i++) if (notInName.has(name[i] ?? '')) return false;
    return /^[\u3400-\u9fff]+$/.test(name);
  }

  function jiebaName(text: string, at: number): number {
    const tokens = segmenter().tagShort(text.slice(at, at + 8));
    const first = tokens[0];
    if (
      first &&
      NAME_TAGS.has(first.tag) &&
      surnameLength(first.word, 0) > 0 &&
      first.word.length >= 2 &&
      first.word.length <= 4
    )
      return first.word.length;
    return 0;
  }

  function isOrdinaryWord(name: string): boolean {
    const tokens = segmenter().tagShort(name);
    return tokens.length === 1 && NEVER_NAMES.has(tokens[0]?.tag ?? '');
  }

  /**
   * Length of the personal name starting at `at` in folded text, or 0. A name is a known
   * surname plus one or two characters, and must end where something a name is followed by
   * begins (表示, 也认为, a title, a comma). The shorter reading is tried first so 李明表示 does
   * not become 李明表; when neither reading ends cleanly, jieba's person tag decides (孙立强信心满满).
   */
  function readName(text: string, at: number): number {
    const surname = surnameLength(text, at);
    if (surname === 0) return 0;
    for (const given of [1, 2]) {
      const length = surname + given;
      const name = text.slice(at, at + length);
      if (name.length === length && plausible(name) && endsName(text, at + length)) {
        // 何远和出席: 和 ends a three-character name when a verb, not another name, follows.
        const withHe = text[at + length] === '和' && given === 1;
        if (
          withHe &&
          endsName(text, at + length + 1) &&
          !/[、，。]/.test(text[at + length + 1] ?? '。')
        )
          return length + 1;
        return isOrdinaryWord(name) ? 0 : length;
      }
    }
    const byJieba = jiebaName(text, at);
    return byJieba > 0 && plausible(text.slice(at, at + byJieba)) ? byJieba : 0;
  }

  /** Is this bare candidate (no title beside it) a person's name by jieba's lights? */
  function looksLikeName(name: string): boolean {
    const surname = surnameLength(name, 0);
    if (!plausible(name) || surname === 0) return false;
    // 港区|代表委员: a post is no given name.
    if (lexicon.posts.includes(name.slice(surname))) return false;
    // 上官/婉清: a compound surname is a word of its own to jieba; judge the given name.
    const tokens = segmenter().tagShort(surname === 2 ? name.slice(2) : name);
    if (surname === 2) return !tokens.some((t) => t.word.length > 1 && !NAME_TAGS.has(t.tag));
    if (tokens.length === 1) return NAME_TAGS.has(tokens[0]?.tag ?? '');
    // Split into surname + given name: unknown to the dictionary, so a name rather than a word.
    return !tokens.some(
      (t) => t.word.length > 1 && !NAME_TAGS.has(t.tag) && t.word !== name.slice(1),
    );
  }

  return { endsName, readName, looksLikeName };
});
export type NameRules = ReturnType<typeof nameRules>;
