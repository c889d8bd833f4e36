import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
// Traditional has regional standards (為 in Taiwan and Hong Kong, 爲 in OpenCC's own); a
// character round-trips if any of them gives it back.
const toTraditional = (['t', 'tw', 'hk'] as const).map((to) =>
  OpenCC.Converter({ from: 'cn', to }),
);

/**
 * Folds one character to Simplified, but only when the conversion round-trips
 * (滬→沪→滬). Characters that are already valid Simplified and merely look Traditional to
 * OpenCC (沈, 著, 後) keep their form, so folding never corrupts a name written in
 * Simplified inside Traditional text.
 */
function foldChar(ch: string): string {
  let out = ch;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x3400) {
    const simplified = toSimplified(ch);
    if (
      simplified.length === ch.length &&
      simplified !== ch &&
      toTraditional.some((t) => t(simplified) === ch)
    ) {
      out = simplified;
    }
  }
  return out;
}

const fullWidth: Record<string, string> = {
  ',': '，',
  ';': '；',
  '!': '！',
  '?': '？',
  ':': '：',
};

// Folded form of each BMP character, filled on first sight (0 = not yet known). Reports use a
// few thousand distinct characters, so after the first documents folding is a table lookup.
const table = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const known = table[code] ?? 0;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const folded = foldChar(ch);
  const out = folded.length === 1 ? folded.charCodeAt(0) : code;
  table[code] = out;
  return out;
}

/**
 * Length-preserving fold of a text to one script and one punctuation set, so every offset in
 * the folded text is an offset in the input. ASCII punctuation next to CJK text (older copies
 * use it) becomes the full-width form the rules expect.
 */
export function fold(text: string): string {
  const codes = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const wide = fullWidth[text[i] ?? ''];
      codes[i] =
        wide !== undefined && (isCjk(text[i - 1]) || isCjk(text[i + 1]))
          ? wide.charCodeAt(0)
          : code;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      codes[i] = code;
      surrogates = true;
    } else codes[i] = foldCode(code);
  }
  return surrogates ? fromCodesExactly(codes) : utf16.decode(codes);
}

// Turning the code units back into a string was most of fold's time (a search request folds
// each hit to highlight it): spreading them into String.fromCharCode took 1.2 µs for a
// 59-character sentence and 210 µs for 11,800 characters, the decoder 0.13 and 5.2 µs.
// ignoreBOM keeps a leading U+FEFF, which the decoder would otherwise drop.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The decoder turns a lone surrogate into U+FFFD; this keeps every code unit as it is. */
function fromCodesExactly(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** The identity key of a name: folded, whitespace removed. 趙滬明 and 赵沪明 share one key. */
export function foldKey(name: string): string {
  // Names are short and folded often: a plain loop beats fold()'s buffer for them.
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code <= 0x20 || code === 0x3000) continue;
    out +=
      code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)
        ? name[i]
        : String.fromCharCode(foldCode(code));
  }
  return out;
}

export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}
