import type { Evidence } from '../../src/domain/documentGraph';
import { rawOffset, type Block } from '../normalise/block';

/** Evidence for block offsets [start, end): raw offsets, and the text as written (layout repaired). */
export function evidenceOf(block: Block, start: number, end: number): Evidence {
  return {
    start: rawOffset(block, start),
    end: rawOffset(block, Math.max(start, end - 1)) + (end > start ? 1 : 0),
    text: block.text.slice(start, end),
  };
}
