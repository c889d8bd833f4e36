import type { Block } from '../normalise/block';
import { mention } from './findMentions';
import type { Mention } from './mention';
import { readName } from './name';

/**
 * One title before a list of names belongs to each (全国政协委员甲、乙、丙): the names after a
 * titled mention, joined by 、, are read from what other components found there, else by rule.
 */
export function sharedTitles(block: Block, found: readonly Mention[]): Mention[] {
  const f = block.folded;
  const starts = new Map(found.map((m) => [m.nameStart, m]));
  const out: Mention[] = [];
  for (const m of found) {
    if (m.titles.length === 0) continue;
    let at = m.nameEnd;
    while (f[at] === '、') {
      const next = starts.get(at + 1);
      const end = next ? next.nameEnd : at + 1 + readName(f, at + 1);
      if (end <= at + 1) break;
      const shared = mention(block, [at + 1, end], m.titles, { source: 'rule:shared-title' });
      out.push({ ...shared, start: at + 1 });
      at = end;
    }
  }
  return out;
}
