import { themeKey } from '../../src/domain/themeKey';
import type { RunningApi } from '../../src/api/server';
import type { DocumentGraph } from '../../src/domain/documentGraph';
import { data } from '../helpers/api';
import { apiOver } from '../helpers/ingested';
import { sampleText, uniqueReport } from '../helpers/store';

// The same meeting reported twice, a year apart: every speaker then has proposals of two
// dates on each theme, so ranking, counting and newest-first order all have something to do.
const reports = [
  { text: sampleText(), source: 'test/advocates-2024.txt', published: '2024-04-26' },
  { text: uniqueReport('advocates'), source: 'test/advocates-2025.txt', published: '2025-03-01' },
];
let graphs: DocumentGraph[] = [];
let api: RunningApi;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ graphs, api, close } = await apiOver(reports));
}, 300_000);
afterAll(() => close());

/** The theme most proposals of the sample are about. */
function busiestTheme(): string {
  const n = new Map<string, number>();
  for (const p of graphs[0]?.proposals ?? [])
    for (const t of p.themes) n.set(t, (n.get(t) ?? 0) + 1);
  const [best] = [...n].sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error('the sample has no themes');
  return best[0];
}

/** Per speaker, how many proposals of both reports are on themes whose key contains `key`. */
function expectedCounts(key: string): number[] {
  const n = new Map<string, number>();
  for (const g of graphs)
    for (const p of g.proposals)
      if (p.themes.some((t) => themeKey(t).includes(key)))
        n.set(p.speakerKey, (n.get(p.speakerKey) ?? 0) + 1);
  return [...n.values()].sort((a, b) => b - a);
}

interface Advocacy {
  person: { name: string };
  count: number;
  proposals: { text: string; date: string | null; themes: { name: string }[] }[];
}

describe('whoAdvocated(theme)', () => {
  test('ranks people by their proposals on the theme, then by name', async () => {
    const theme = busiestTheme();
    const d = await data<{ whoAdvocated: Advocacy[] }>(
      api,
      'query ($theme: String!) { whoAdvocated(theme: $theme, first: 100) { person { name } count proposals { text date themes { name } } } }',
      { theme },
    );
    const got = d.whoAdvocated;
    expect(got.map((a) => a.count)).toEqual(expectedCounts(themeKey(theme)));
    for (const [i, a] of got.entries()) {
      const prev = got[i - 1];
      if (prev && prev.count === a.count) expect(prev.person.name < a.person.name).toBe(true);
    }
  });

  test("lists each person's newest proposals on the theme first, and only those", async () => {
    const theme = busiestTheme();
    const key = themeKey(theme);
    const d = await data<{ whoAdvocated: Advocacy[] }>(
      api,
      'query ($theme: String!) { whoAdvocated(theme: $theme, first: 3) { person { name } count proposals { text date themes { name } } } }',
      { theme },
    );
    expect(d.whoAdvocated).toHaveLength(Math.min(3, expectedCounts(key).length));
    for (const a of d.whoAdvocated) {
      expect(a.proposals).toHaveLength(Math.min(a.count, 10));
      const dates = a.proposals.map((p) => p.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      // The text dates the meeting (4月26日); the year comes from the later report.
      expect(dates[0]).toMatch(/^2025-/);
      for (const p of a.proposals)
        expect(p.themes.some((t) => themeKey(t.name).includes(key))).toBe(true);
    }
  });
});
