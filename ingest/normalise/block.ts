/** What a stretch of the report is, after layout repair. */
export type BlockKind = 'paragraph' | 'heading' | 'caption';

/**
 * One paragraph, heading or photo caption of a report, with its text as written (whitespace
 * and layout damage removed) and, for each character, its offset in the raw text. `folded` is
 * the same text in one script (same length), which is what the rules read.
 */
export interface Block {
  kind: BlockKind;
  index: number;
  text: string;
  folded: string;
  offsets: Int32Array;
}

/** Raw offset of the character at `i` in the block, or just past the block's last character. */
export function rawOffset(block: Block, i: number): number {
  if (i < block.offsets.length) return block.offsets[i] ?? 0;
  return (block.offsets[block.offsets.length - 1] ?? -1) + 1;
}
