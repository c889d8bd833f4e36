import type { Block } from './block';

/** Traditional, Simplified or mixed, by how many characters script folding changed. */
export function scriptOf(
  blocks: readonly Block[],
): 'traditional' | 'simplified' | 'mixed' | 'unknown' {
  let changed = 0;
  let cjk = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.text.length; i++) {
      if (b.text.charCodeAt(i) >= 0x3400) cjk++;
      if (b.text[i] !== b.folded[i]) changed++;
    }
  }
  if (cjk === 0) return 'unknown';
  const share = changed / cjk;
  return share > 0.1 ? 'traditional' : share < 0.005 ? 'simplified' : 'mixed';
}
