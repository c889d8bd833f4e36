import type { Block } from '../normalise/block';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 14, 十四, 二十三, 两: a count as reports write it, or null. */
export function countOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零一二两三四五六七八九十]+$/.test(text)) return null;
  const [tens = '', ones = ''] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? NaN)) : 0;
  const o = ones === '' ? 0 : (CHINESE_DIGITS[ones] ?? NaN);
  const n = t * 10 + o;
  return Number.isFinite(n) && n > 0 ? n : null;
}

// 14位全国政协常委作大会发言, 13位委员先后发言, 10名省政协委员作大会发言, 有5位委员发言.
const ANNOUNCED = new RegExp(
  '(\\d{1,3}|[一二两三四五六七八九十]{1,3})[位名]' +
    '[\\u3400-\\u9fff]{0,10}?(?:常委|委员|代表|专家学者|专家|同志|负责人)' +
    '(?:和[\\u3400-\\u9fff]{0,10}?(?:代表|专家|学者))?' +
    '(?:[，,]?(?:先后|分别|相继|依次|围绕[^，。；]{0,30}?))?' +
    '(?:在会上|在大会上)?(?:作|进行|作了)?(?:大会|专题|书面|视频|联合)?发言',
);

/**
 * How many speakers the report says spoke (14位全国政协常委作大会发言), from its first such
 * sentence, or null when it says nothing of the kind.
 */
export function announcedSpeakers(blocks: readonly Block[]): number | null {
  for (const b of blocks) {
    const m = ANNOUNCED.exec(b.folded);
    if (m?.[1]) return countOf(m[1]);
  }
  return null;
}

// What a complete report's last paragraph ends with: a sentence's end, a closing quote or
// bracket (a byline: （记者 某某）).
const COMPLETE_END = /[。！？!?…」』”’）)\]】.]$/;
const MIN_RUN = 20;

/** Does the report's text stop mid-sentence (a page archive that kept only its opening)? */
export function truncated(blocks: readonly Block[]): boolean {
  const last = [...blocks].reverse().find((b) => b.kind === 'paragraph');
  if (!last) return false;
  const text = last.text.trimEnd();
  return text.length >= MIN_RUN && !COMPLETE_END.test(text);
}
