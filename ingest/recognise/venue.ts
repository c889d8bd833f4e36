import type { Block } from '../normalise/block';
import type { Mention } from './mention';
import { perLexicon, type Lexicon } from '../lexicon/lexicon';
import { words } from './words';

const venuePatterns = perLexicon((lexicon) => {
  const place = `(?:${words(lexicon).venueWords})`;
  return {
    before: new RegExp(`在([^，。；「」]{2,24}?${place})(?:参会|出席|参加会议|发言)的$`),
    after: new RegExp(`^(?:[，,])?在([^，。；「」]{2,24}?${place})`),
    situated: new RegExp(`身处(?:[^，。]*[」”])?([^，。「」]{2,24}?${place})，`),
  };
});
const REMOTE = /视频连线|视频方式|远程连线|线上参会|视频参会|分会场/;

export interface Attendance {
  venue: [number, number] | null;
  remote: boolean;
}

/** Where a person took part from (在安徽省政协分会场参会的…, 钱为民在上海市政协分会场表示, 身处…中心，通过视频连线). */
export function attendanceOf(
  block: Block,
  m: Mention,
  sentence: { start: number; end: number },
  lexicon: Lexicon,
): Attendance {
  const f = block.folded;
  const { before: BEFORE, after: AFTER, situated: SITUATED } = venuePatterns(lexicon);
  const before = f.slice(sentence.start, m.start);
  const after = f.slice(m.nameEnd, sentence.end);
  const locate = (re: RegExp, text: string, base: number): [number, number] | null => {
    const hit = re.exec(text);
    if (!hit?.[1]) return null;
    const s = base + hit.index + hit[0].indexOf(hit[1]);
    return [s, s + hit[1].length];
  };
  const venue =
    locate(BEFORE, before, sentence.start) ??
    locate(AFTER, after, m.nameEnd) ??
    locate(SITUATED, before, sentence.start);
  const remote =
    REMOTE.test(f.slice(sentence.start, sentence.end)) ||
    (venue !== null && f.slice(venue[0], venue[1]).endsWith('分会场'));
  return { venue, remote };
}
