import { median, percentile, rotation } from '../../bench/harness';

describe("the benchmarks' shared pieces", () => {
  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], NaN],
  ])('takes the median of %j as %d', (xs, m) => {
    expect(median(xs)).toBe(m);
  });

  test('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([
      51, 100, 100,
    ]);
  });

  test('starts each round with the next path', () => {
    const paths = ['api', 'driver', 'floor'];
    expect([0, 1, 2, 3].map((r) => rotation(paths, r)[0])).toEqual([
      'api',
      'driver',
      'floor',
      'api',
    ]);
    expect(rotation(paths, 1)).toEqual(['driver', 'floor', 'api']);
  });
});
