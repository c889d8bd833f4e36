// A pronunciation some mirror sites insert after a character: 政協(xié), 會(hui), 張(zhang) 遠明.
// One pinyin syllable, with or without its tone: an initial, vowels, a final nasal (not "app").
const SYLLABLE =
  '\\((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+(?:ng|n|r)?\\)';

/** A gloss at the start of a text (layout reads them where they stand). */
export const GLOSS = new RegExp(`^${SYLLABLE}`);

const GLOSSES = new RegExp(SYLLABLE, 'g');

/** A text without its pinyin glosses (政協(xié) → 政協). */
export function withoutGlosses(text: string): string {
  return text.replace(GLOSSES, '');
}
