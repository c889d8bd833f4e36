import { firstIndex } from './firstIndex';

/** A stretch of one block's text. */
export interface Extent {
  start: number;
  end: number;
}

/** The index of the first extent (sorted by start) whose start is ≥ `at`. */
const firstFrom = (sorted: readonly Extent[], at: number): number =>
  firstIndex(sorted.length, (i) => (sorted[i]?.start ?? 0) < at);

/** Extents sorted by start, with the furthest end reached by each prefix. */
function indexed(extents: readonly Extent[]): { sorted: Extent[]; reach: number[] } {
  const sorted = [...extents].sort((a, b) => a.start - b.start || b.end - a.end);
  const reach: number[] = [];
  let furthest = -1;
  for (const x of sorted) reach.push((furthest = Math.max(furthest, x.end)));
  return { sorted, reach };
}

/**
 * A test of whether a stretch overlaps any of `extents`, in O(log n) per test: a block may hold
 * thousands of names, and pairwise tests made long reports cost more per character.
 */
export function overlapsAny(extents: readonly Extent[]): (x: Extent) => boolean {
  const { sorted, reach } = indexed(extents);
  return (x) => {
    const before = firstFrom(sorted, x.end); // extents starting before x ends
    return before > 0 && (reach[before - 1] ?? -1) > x.start;
  };
}

/** A test of whether a stretch lies inside a longer one of `extents`, in O(log n) per test. */
export function insideLonger(extents: readonly Extent[]): (x: Extent) => boolean {
  const { sorted, reach } = indexed(extents);
  return (x) => {
    const earlier = firstFrom(sorted, x.start); // extents starting strictly before x
    if (earlier > 0 && (reach[earlier - 1] ?? -1) >= x.end) return true;
    // Starting where x starts: sorted longest first, so the first one decides.
    const same = sorted[earlier];
    return same !== undefined && same.start === x.start && same.end > x.end;
  };
}
