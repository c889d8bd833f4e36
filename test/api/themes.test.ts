import type { RunningApi } from '../../src/api/server';
import type { DocumentGraph } from '../../src/domain/documentGraph';
import { themeKey } from '../../src/domain/themeKey';
import { data, gql } from '../helpers/api';
import { apiOver } from '../helpers/ingested';
import { sampleText } from '../helpers/store';

// Three meetings of two years, in both scripts: one speaker (陈立新, 陳立新) speaks at both of
// the small ones, on 国家语料库 each time.
const reports = [
  {
    source: 'test/themes-2023.txt',
    published: '2023-03-05',
    text: `全国政协3月5日在京召开远程协商会，围绕“发展人工智能产业”建言资政。
全国政协委员、某大学教授陈立新表示，应加快建设国家语料库，完善人工智能产业生态。
全国政协委员、某研究院院长周明华建议，加大普惠算力供给，支持中小企业数字化转型。`,
  },
  {
    source: 'test/themes-2024.txt',
    published: '2024-04-12',
    text: `全國政協4月12日在京召開遠程協商會，圍繞「推動人工智慧產業發展」建言資政。
全國政協委員、某大學教授陳立新表示，應加快建設國家語料庫，推動人工智慧與製造業深度融合。
全國政協委員、某醫院院長林文傑建議，加強兒童青少年近視防控，完善學校體育設施。`,
  },
  { source: 'test/themes-sample.txt', published: '2024-04-26', text: sampleText() },
];
let graphs: DocumentGraph[] = [];
let api: RunningApi;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ graphs, api, close } = await apiOver(reports));
}, 300_000);
afterAll(() => close());

/** Every proposal of the graphs with its year and its themes' keys and kinds. */
function proposals(): {
  year: string;
  meeting: string;
  speaker: string;
  themes: { key: string; kind: string }[];
}[] {
  return graphs.flatMap((g) => {
    const byName = new Map(g.themes.map((t) => [t.name, t]));
    return g.proposals.map((p) => ({
      year: g.meeting?.date?.slice(0, 4) ?? 'undated',
      meeting: g.meeting?.date ?? '',
      speaker: p.speakerKey,
      themes: p.themes.flatMap((n) => {
        const t = byName.get(n);
        return t ? [{ key: t.key, kind: t.kind }] : [];
      }),
    }));
  });
}

const CORPUS = themeKey('国家语料库');

interface ThemeView {
  id: string;
  name: string;
  kind: string;
  forms: string[];
  proposalCount: number;
}

test('the extractor found the phrase both small reports share (the tests below need it)', () => {
  const years = proposals()
    .filter((p) => p.themes.some((t) => t.key === CORPUS))
    .map((p) => p.year);
  expect(years.sort()).toEqual(['2023', '2024']);
});

test('a theme is found by either script and vocabulary, with every form it is written in', async () => {
  const q = `query($n: String!) { theme(name: $n) { id name kind forms proposalCount } }`;
  const a = await data<{ theme: ThemeView }>(api, q, { n: '国家语料库' });
  const b = await data<{ theme: ThemeView }>(api, q, { n: '國家語料庫' });
  expect(b.theme.id).toBe(a.theme.id);
  expect(a.theme.kind).toBe('PHRASE');
  expect(a.theme.forms.sort()).toEqual(['国家语料库', '國家語料庫'].sort());
  expect(a.theme.forms).toContain(a.theme.name);
  expect(a.theme.proposalCount).toBe(2);
  const ai = await data<{ theme: ThemeView | null }>(api, q, { n: '人工智慧' });
  if (ai.theme) expect(ai.theme.name).toMatch(/人工智[能慧]/);
  const none = await data<{ theme: ThemeView | null }>(api, q, { n: '没有这个主题' });
  expect(none.theme).toBeNull();
});

test("a theme's trend counts its proposals per year, with their share of the year's proposals", async () => {
  const all = proposals();
  const total = (y: string): number => all.filter((p) => p.year === y).length;
  const r = await data<{ theme: { trend: { period: string; count: number; share: number }[] } }>(
    api,
    '{ theme(name: "国家语料库") { trend(by: YEAR) { period count share } } }',
  );
  expect(r.theme.trend).toEqual([
    { period: '2023', count: 1, share: 1 / total('2023') },
    { period: '2024', count: 1, share: 1 / total('2024') },
  ]);
});

test('a theme by meeting, first raised and raised most', async () => {
  const r = await data<{
    theme: {
      byMeeting: { meeting: { date: string }; count: number }[];
      firstRaised: { speakerName: string; date: string | null }[];
      advocates: { person: { name: string }; count: number; proposals: { text: string }[] }[];
    };
  }>(
    api,
    `{ theme(name: "國家語料庫") { byMeeting { meeting { date } count }
       firstRaised(first: 1) { speakerName date } advocates { person { name } count proposals { text } } } }`,
  );
  expect(r.theme.byMeeting).toEqual([
    { meeting: { date: '2023-03-05' }, count: 1 },
    { meeting: { date: '2024-04-12' }, count: 1 },
  ]);
  expect(r.theme.firstRaised).toEqual([{ speakerName: '陈立新', date: '2023-03-05' }]);
  // One person across scripts, with both proposals.
  expect(r.theme.advocates).toHaveLength(1);
  expect(r.theme.advocates[0]?.count).toBe(2);
  expect(r.theme.advocates[0]?.proposals.map((p) => p.text).join('')).toMatch(/國家語料庫/);
});

test('themes of the same proposals, of one kind or any', async () => {
  const expected = new Map<string, number>();
  for (const p of proposals())
    if (p.themes.some((t) => t.key === CORPUS))
      for (const t of p.themes)
        if (t.key !== CORPUS && t.kind === 'area')
          expected.set(t.key, (expected.get(t.key) ?? 0) + 1);
  const r = await data<{
    theme: {
      areas: { theme: { kind: string; name: string }; count: number }[];
      any: { theme: { kind: string } }[];
    };
  }>(
    api,
    '{ theme(name: "国家语料库") { areas: related(kind: AREA) { theme { kind name } count } any: related(first: 50) { theme { kind } } } }',
  );
  expect(r.theme.areas.map((a) => [`area:${a.theme.name}`, a.count]).sort()).toEqual(
    [...expected].sort(),
  );
  expect(r.theme.areas.every((a) => a.theme.kind === 'AREA')).toBe(true);
  expect(new Set(r.theme.any.map((a) => a.theme.kind))).toEqual(new Set(['AREA', 'PHRASE']));
});

test("an area's phrases: the themes filtered by area, counted within it", async () => {
  const area = 'area:数字经济';
  const counts = new Map<string, number>();
  for (const p of proposals())
    if (p.themes.some((t) => t.key === area))
      for (const t of p.themes)
        if (t.kind === 'phrase') counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  expect(counts.size).toBeGreaterThan(0);
  const r = await data<{
    themes: { totalCount: number; edges: { node: { name: string; kind: string } }[] };
  }>(
    api,
    '{ themes(filter: {area: "数字经济", kind: PHRASE}, first: 100) { totalCount edges { node { name kind } } } }',
  );
  expect(r.themes.totalCount).toBe(counts.size);
  expect(r.themes.edges.map((e) => themeKey(e.node.name)).sort()).toEqual(
    [...counts.keys()].sort(),
  );
});

test('policy areas by first level, with how many proposals each has', async () => {
  const counts = new Map<string, number>();
  for (const p of proposals())
    for (const t of p.themes)
      if (t.kind === 'area') counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const r = await data<{
    policyAreas: {
      name: string;
      areas: { theme: { name: string; parent: string }; count: number }[];
    }[];
  }>(api, '{ policyAreas { name areas { theme { name parent } count } } }');
  const got = r.policyAreas.flatMap((g) =>
    g.areas.map((a) => {
      expect(a.theme.parent).toBe(g.name);
      return [`area:${a.theme.name}`, a.count] as const;
    }),
  );
  expect([...got].sort()).toEqual([...counts].sort());
});

test('rising themes: counts and shares of two years, largest gain in share first', async () => {
  const all = proposals();
  const totals = {
    early: all.filter((p) => p.year === '2023').length,
    late: all.filter((p) => p.year === '2024').length,
  };
  const byTheme = new Map<string, { early: number; late: number }>();
  for (const p of all)
    for (const t of p.themes) {
      const n = byTheme.get(t.key) ?? { early: 0, late: 0 };
      if (p.year === '2023') n.early++;
      if (p.year === '2024') n.late++;
      byTheme.set(t.key, n);
    }
  const expected = [...byTheme]
    .filter(([, n]) => n.late >= 2)
    .map(([key, n]) => ({ key, change: n.late / totals.late - n.early / totals.early, ...n }));
  const r = await data<{
    risingThemes: {
      theme: { name: string; kind: string };
      earlierCount: number;
      laterCount: number;
      earlierShare: number;
      laterShare: number;
      shareChange: number;
    }[];
  }>(
    api,
    '{ risingThemes(earlier: "2023", later: "2024", first: 100) { theme { name kind } earlierCount laterCount earlierShare laterShare shareChange } }',
  );
  expect(r.risingThemes).toHaveLength(expected.length);
  const changes = r.risingThemes.map((x) => x.shareChange);
  expect(changes).toEqual([...changes].sort((a, b) => b - a));
  for (const x of r.risingThemes) {
    const key = x.theme.kind === 'AREA' ? `area:${x.theme.name}` : themeKey(x.theme.name);
    const e = expected.find((y) => y.key === key);
    expect(e).toBeDefined();
    expect([x.earlierCount, x.laterCount]).toEqual([e?.early, e?.late]);
    expect(x.earlierShare).toBeCloseTo((e?.early ?? 0) / totals.early, 10);
    expect(x.laterShare).toBeCloseTo((e?.late ?? 0) / totals.late, 10);
    expect(x.shareChange).toBeCloseTo(e?.change ?? NaN, 10);
  }
});

test.each([
  ['(earlier: "2024", later: "2024-05")', /do not overlap/],
  ['(earlier: "24", later: "2025")', /YYYY/],
  ['(earlier: "2023", later: "2024", minCount: 0)', /./],
])('rising themes refuse %s', async (args, message) => {
  const r = await gql(api, `{ risingThemes${args} { shareChange } }`);
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0]?.message).toMatch(message);
});

test("a proposal's areas carry the phrase that signalled them, as written", async () => {
  const r = await data<{
    proposals: {
      edges: {
        node: {
          text: string;
          areas: { area: { kind: string }; signal: string | null; via: string | null }[];
        };
      }[];
    };
  }>(
    api,
    '{ proposals(first: 100) { edges { node { text areas { area { kind } signal via } } } } }',
  );
  const nodes = r.proposals.edges.map((e) => e.node);
  expect(nodes.length).toBe(proposals().length);
  for (const n of nodes) {
    expect(n.areas.length).toBeGreaterThan(0);
    for (const a of n.areas) {
      expect(a.area.kind).toBe('AREA');
      if (a.via === 'PROPOSAL') expect(n.text).toContain(a.signal);
      else expect(['SECTION', 'MEETING']).toContain(a.via);
    }
  }
});

test('filters by theme fold regional vocabulary too', async () => {
  const simplified = await data<{ proposals: { totalCount: number } }>(
    api,
    '{ proposals(filter: {theme: "人工智能"}) { totalCount } }',
  );
  const taiwan = await data<{ proposals: { totalCount: number } }>(
    api,
    '{ proposals(filter: {theme: "人工智慧"}) { totalCount } }',
  );
  expect(taiwan.proposals.totalCount).toBe(simplified.proposals.totalCount);
  expect(taiwan.proposals.totalCount).toBeGreaterThan(0);
});
