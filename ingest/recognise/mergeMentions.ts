import type { Mention } from './mention';

/** How a mention ranks against another claiming the same characters. */
function rank(m: Mention): number[] {
  return [m.score, m.titles.length, m.trailing ? 1 : 0, m.nameEnd - m.nameStart];
}

function outranks(a: Mention, b: Mention): boolean {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    const d = (ra[i] ?? 0) - (rb[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return a.nameStart < b.nameStart;
}

/**
 * The merge policy `rules-over-tagger`: where mentions claim overlapping characters, the surer
 * source wins (a title chain over a speech-verb rule over the tagger over a bare known name),
 * then the one that says more of the person, then the longer name. Rules are precise where
 * they fire; the tagger adds the names no rule reaches.
 */
export function mergeMentions(candidates: readonly Mention[]): Mention[] {
  const ordered = [...candidates].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
  // Claimed characters per block: linear in the mentions, whatever a report's length.
  const claimed = new Map<number, Set<number>>();
  const kept: Mention[] = [];
  const bySpan = new Map<string, Mention>();
  for (const m of ordered) {
    const taken = claimed.get(m.block) ?? new Set<number>();
    claimed.set(m.block, taken);
    let free = true;
    for (let i = m.nameStart; i < m.nameEnd && free; i++) free = !taken.has(i);
    if (!free) {
      // The same name read twice: the kept reading takes a title after the name it lacks.
      const same = bySpan.get(`${m.block}:${m.nameStart}:${m.nameEnd}`);
      if (same && !same.trailing && m.trailing) same.trailing = m.trailing;
      continue;
    }
    for (let i = m.nameStart; i < m.nameEnd; i++) taken.add(i);
    kept.push(m);
    bySpan.set(`${m.block}:${m.nameStart}:${m.nameEnd}`, m);
  }
  return kept.sort((a, b) => a.block - b.block || a.nameStart - b.nameStart);
}
