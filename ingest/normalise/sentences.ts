import type { Block } from './block';

/** A sentence of a paragraph: offsets into the block's text, and its quote nesting. */
export interface Sentence {
  block: number;
  start: number;
  end: number;
  /** Inside a quotation that began in an earlier sentence (「…。 …。」). */
  inQuote: boolean;
  /** Opens with a quotation mark. */
  opensQuote: boolean;
  /** Ends with a closing quotation mark that closes the quotation. */
  closesQuote: boolean;
}

const TERMINAL = new Set(['。', '！', '？', '；', '…']);
const OPEN = new Set(['「', '『', '“']);
const CLOSE = new Set(['」', '』', '”']);

/**
 * Splits a block at 。！？； (full-width after folding), keeping closing quotes with the
 * sentence they close: 「…创新。」吴坚表示。 is two sentences, the quote and its attribution.
 */
export function sentences(block: Block): Sentence[] {
  const f = block.folded;
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  let depthAtStart = 0;
  const push = (end: number): void => {
    const text = f.slice(start, end);
    if (text.trim()) {
      out.push({
        block: block.index,
        start,
        end,
        inQuote: depthAtStart > 0,
        opensQuote: OPEN.has(text[0] ?? ''),
        closesQuote: CLOSE.has(text[text.length - 1] ?? '') && depth === 0,
      });
    }
    start = end;
    depthAtStart = depth;
  };
  for (let i = 0; i < f.length; i++) {
    const ch = f[i] ?? '';
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (!TERMINAL.has(ch)) continue;
    let end = i + 1;
    while (end < f.length && (TERMINAL.has(f[end] ?? '') || CLOSE.has(f[end] ?? ''))) {
      if (CLOSE.has(f[end] ?? '')) depth = Math.max(0, depth - 1);
      end++;
    }
    i = end - 1;
    push(end);
  }
  if (start < f.length) push(f.length);
  return out;
}
