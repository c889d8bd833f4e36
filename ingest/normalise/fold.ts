import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
// Traditional has regional standards (為 in Taiwan and Hong Kong, 爲 in OpenCC's own); a
// character round-trips if any of them gives it back.
const toTraditional = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const cache = new Map<string, string>();

/**
 * Folds one character to Simplified, but only when the conversion round-trips
 * (滬→沪→滬). Characters that are already valid Simplified and merely look Traditional to
 * OpenCC (沈, 著, 後) keep their form, so folding never corrupts a name written in
 * Simplified inside Traditional text.
 */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x3400) {
    const simplified = toSimplified(ch);
    if (simplified.length === ch.length && simplified !== ch && toTraditional.some((t) => t(simplified) === ch)) {
      out = simplified;
    }
  }
  cache.set(ch, out);
  return out;
}

const fullWidth: Record<string, string> = {
  ',': '，',
  ';': '；',
  '!': '！',
  '?': '？',
  ':': '：',
};

/**
 * Length-preserving fold of a text to one script and one punctuation set, so every offset in
 * the folded text is an offset in the input. ASCII punctuation next to CJK text (older copies
 * use it) becomes the full-width form the rules expect.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const wide = fullWidth[ch];
    if (wide !== undefined && (isCjk(text[i - 1]) || isCjk(text[i + 1]))) out += wide;
    else out += foldChar(ch);
  }
  return out;
}

/** The identity key of a name: folded, whitespace removed. 王滬寧 and 王沪宁 share one key. */
export function foldKey(name: string): string {
  return fold(name).replace(/\s+/g, '');
}

export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}
