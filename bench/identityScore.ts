/**
 * How well a graph tells people apart: each name a report writes (a mention) has a true person
 * and the person node the graph gave it. Pairwise precision and recall of "same person" over
 * all pairs of mentions, and B-cubed (per mention, the share of its predicted cluster that is
 * truly its person, and of its true cluster that was predicted with it).
 */
export interface ScoredMention {
  key: string;
  truth: string;
  predicted: string;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function counts(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function pairwise(ms: readonly ScoredMention[]): { precision: number; recall: number } {
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((n, c) => n + pairs(c), 0);
  const both = sum(counts(ms.map((m) => `${m.truth}\u0000${m.predicted}`)));
  const predicted = sum(counts(ms.map((m) => m.predicted)));
  const truth = sum(counts(ms.map((m) => m.truth)));
  return {
    precision: predicted === 0 ? 1 : both / predicted,
    recall: truth === 0 ? 1 : both / truth,
  };
}

export function bcubed(ms: readonly ScoredMention[]): { precision: number; recall: number } {
  if (ms.length === 0) return { precision: 1, recall: 1 };
  const cell = counts(ms.map((m) => `${m.truth}\u0000${m.predicted}`));
  const predicted = counts(ms.map((m) => m.predicted));
  const truth = counts(ms.map((m) => m.truth));
  let p = 0;
  let r = 0;
  for (const m of ms) {
    const shared = cell.get(`${m.truth}\u0000${m.predicted}`) ?? 0;
    p += shared / (predicted.get(m.predicted) ?? 1);
    r += shared / (truth.get(m.truth) ?? 1);
  }
  return { precision: p / ms.length, recall: r / ms.length };
}

/**
 * The predicted partition written canonically (clusters of mention keys, sorted): two graphs
 * that grouped the mentions the same way give the same string, whatever their node ids.
 */
export function partition(ms: readonly ScoredMention[]): string {
  const groups = new Map<string, string[]>();
  for (const m of ms) groups.set(m.predicted, [...(groups.get(m.predicted) ?? []), m.key]);
  return [...groups.values()]
    .map((g) => g.sort().join(','))
    .sort()
    .join(' | ');
}
