import { insideLonger, overlapsAny, type Extent } from '../../ingest/doc/extents';

// A fixed pseudo-random set, so that the fast tests are checked against the obvious ones.
function extents(seed: number, n: number): Extent[] {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31) % 200;
  return Array.from({ length: n }, () => {
    const start = next();
    return { start, end: start + 1 + (next() % 12) };
  });
}

describe('extent tests in O(log n)', () => {
  test.each([1, 2, 3, 4, 5])('agree with pairwise tests (seed %i)', (seed) => {
    const set = extents(seed, 60);
    const probes = extents(seed + 100, 200);
    const overlaps = overlapsAny(set);
    const inside = insideLonger(set);
    for (const p of [...probes, ...set]) {
      expect(overlaps(p)).toBe(set.some((x) => x.start < p.end && p.start < x.end));
      expect(inside(p)).toBe(
        set.some((x) => x.start <= p.start && x.end >= p.end && x.end - x.start > p.end - p.start),
      );
    }
  });

  test('find nothing in an empty set', () => {
    expect(overlapsAny([])({ start: 0, end: 5 })).toBe(false);
    expect(insideLonger([])({ start: 0, end: 5 })).toBe(false);
  });
});
