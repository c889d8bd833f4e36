import iconv from 'iconv-lite';
import { KgError } from '../../src/domain/errors';
import { htmlToText, looksLikeHtml } from './html';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';
  html: boolean;
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

// Share of the decoded text that is CJK ideographs or common CJK punctuation: a right guess of a
// legacy encoding reads as Chinese, a wrong one as mojibake full of rare or private-use characters.
function chineseScore(text: string): number {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      good++;
    else if (
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      (c >= 0x3400 && c < 0x4e00) ||
      c >= 0x20000
    )
      bad++;
  }
  return good / Math.max(1, good + bad * 4);
}

function firstBadUtf8(bytes: Buffer): number {
  const text = bytes.toString('utf8');
  const at = text.indexOf('\ufffd');
  return at < 0 ? -1 : Buffer.byteLength(text.slice(0, at), 'utf8');
}

/**
 * Bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, or, when the bytes are not UTF-8, the
 * legacy encoding of the genre (GB18030 or Big5) that reads as Chinese. Refuses empty, binary
 * and oversized input with a coded one-line error. HTML pages give their body text.
 */
export function decode(bytes: Buffer, options: { maxBytes?: number } = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new KgError('BAD_INPUT_EMPTY', 'the file is empty');
  if (bytes.length > maxBytes) {
    throw new KgError(
      'BAD_INPUT_TOO_LARGE',
      `the file has ${bytes.length} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`,
    );
  }
  const warnings: string[] = [];
  let decoded: Pick<Decoded, 'text' | 'encoding'>;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    decoded = { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    decoded = { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      throw new KgError(
        'BAD_INPUT_BINARY',
        `expected text, got binary data (a NUL byte at offset ${nul})`,
      );
    const bad = firstBadUtf8(bytes);
    if (bad < 0) decoded = { text: bytes.toString('utf8'), encoding: 'utf-8' };
    else {
      const gb = iconv.decode(bytes, 'gb18030');
      const big5 = iconv.decode(bytes, 'big5');
      const [best, encoding] =
        chineseScore(big5) > chineseScore(gb) ? [big5, 'big5' as const] : [gb, 'gb18030' as const];
      if (chineseScore(best) < 0.5) {
        throw new KgError(
          'BAD_INPUT_ENCODING',
          `expected UTF-8, GB18030 or Big5 text, got undecodable bytes at offset ${bad}`,
        );
      }
      decoded = { text: best, encoding };
      warnings.push(
        `not UTF-8 (first bad byte at offset ${bad}); decoded as ${encoding}, and offsets refer to the decoded text`,
      );
    }
  }
  const report = reportText(decoded.text);
  return { ...report, encoding: decoded.encoding, warnings: [...warnings, ...report.warnings] };
}

/**
 * A report needs this many ideographs, and this share of its visible characters: an English
 * page, a log file or random bytes that happen to decode are not reports, and stored as
 * documents they became people (a `<script>`'s text) and noise in every search.
 */
const MIN_IDEOGRAPHS = 10;
const MIN_IDEOGRAPH_SHARE = 0.2;

/** C0 controls other than tab, line feeds and form feed; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

function refuseIfNotReport(text: string): void {
  const control = CONTROL.exec(text);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0').toUpperCase();
    throw new KgError(
      'BAD_INPUT_BINARY',
      `expected text, got a control character (U+${code} at offset ${control.index})`,
    );
  }
  let ideographs = 0;
  let visible = 0;
  // By UTF-16 unit, not by regular expression per character: a report may have 2M of them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    visible++;
    // The unified ideographs, extension A, compatibility ideographs; extensions B on (a high
    // surrogate of planes 2 and 3).
    if (
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xd840 && c <= 0xd8bf)
    )
      ideographs++;
  }
  if (ideographs < MIN_IDEOGRAPHS || ideographs < visible * MIN_IDEOGRAPH_SHARE)
    throw new KgError(
      'BAD_INPUT_NOT_A_REPORT',
      `expected a report in Chinese, got text with ${ideographs} Chinese characters of ${visible}`,
    );
}

/**
 * Decoded text to a report's text, the same for a file and for text sent to the API: the BOM
 * dropped, an HTML page's body text taken, and text that is empty, carries control characters
 * or is not Chinese refused with a coded error.
 */
export function reportText(raw: string): Pick<Decoded, 'text' | 'html' | 'warnings'> {
  let text = raw.replace(/^\uFEFF/, '');
  const warnings: string[] = [];
  const html = looksLikeHtml(text);
  if (html) {
    text = htmlToText(text);
    warnings.push('HTML page: its body text was extracted, and offsets refer to that text');
  }
  if (text.trim() === '') throw new KgError('BAD_INPUT_EMPTY', 'the report holds no text');
  refuseIfNotReport(text);
  return { text, html, warnings };
}
