/**
 * Items of a layer grouped by their block, in one pass: components look up a block's items
 * here rather than filtering the whole layer per block, which made long reports quadratic.
 */
export function byBlock<T extends { block: number }>(items: readonly T[]): (block: number) => T[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.block);
    if (list) list.push(item);
    else groups.set(item.block, [item]);
  }
  return (block) => groups.get(block) ?? [];
}
