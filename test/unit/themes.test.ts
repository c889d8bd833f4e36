import { extract } from '../../ingest/extract';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { segmenter } from '../../ingest/segment/segmenter';
import { areasOf } from '../../ingest/theme/policyAreas';
import { phraseCount } from '../../ingest/theme/proposalThemes';
import { fold } from '../../src/domain/fold';
import type { DocumentGraph } from '../../src/domain/documentGraph';
import { areaKey, themeKey, themeMatches } from '../../src/domain/themeKey';
import { scoreThemes } from '../../src/eval/themeScore';

const lexicon = defaultLexicon();

describe('a theme key folds script and regional vocabulary', () => {
  test.each([
    ['人工智慧', '人工智能'],
    ['晶片', '芯片'],
    ['網路安全', '网络安全'],
    ['軟體', '软件'],
    ['資訊科技', '信息技术'],
    ['數位經濟', '数字经济'],
    ['智慧財產權保護', '知识产权保护'],
    ['網際網路', '互联网'],
    ['城市基礎(chǔ)設(shè)施建設(shè)', '城市基础设施建设'],
    ['“十五五”规划', '十五五规划'],
    ['國家 語料庫', '国家语料库'],
  ])('%s → %s', (name, key) => expect(themeKey(name)).toBe(key));

  // Words the mainland writes in a sense of its own keep it: 资料 is material, not data.
  test.each([
    ['資料', '资料'],
    ['智慧城市', '智慧城市'],
    ['核心技术', '核心技术'],
    ['程序', '程序'],
    ['沈阳', '沈阳'],
  ])('%s stays %s', (name, key) => expect(themeKey(name)).toBe(key));

  test('the Taiwan and the mainland word for one thing share one key', () => {
    expect(themeKey('軟體工程')).toBe(themeKey('软件工程'));
    expect(themeKey('人工智慧產業')).toBe(themeKey('人工智能产业'));
  });

  test('an area key is apart from a phrase of the same words', () => {
    expect(areaKey('数字经济')).not.toBe(themeKey('数字经济'));
  });
});

describe('a theme matches a keyword when one contains the other, both folded', () => {
  test.each([
    ['国家语料库', '国家语料库', true],
    ['语料库', '建设国家语料库', true],
    ['人工智慧產業生態', '人工智能', true],
    ['普惠算力', '算力网络', false],
    ['', '算力', false],
  ])('%s ~ %s: %s', (theme, keyword, match) => expect(themeMatches(theme, keyword)).toBe(match));
});

describe('policy areas, from the phrases that signal them', () => {
  const first = (text: string): string | undefined => areasOf(fold(text), lexicon)[0]?.area.name;
  test.each([
    ['加快建设国家语料库，加大普惠算力供给。', '数字经济'],
    ['加强儿童青少年近视防控。', '医疗卫生'],
    ['推进乡村振兴，守住耕地红线。', '乡村振兴'],
    ['支持台胞台商来大陆投资兴业。', '港澳台侨'],
    ['完善碳排放权交易市场，发展新能源。', '能源与双碳'],
    ['推动義務教育優質均衡發展。', '教育'],
    ['發展晶片與半導體產業。', '科技创新'],
    ['进一步加强师资队伍建设', '教育'],
    ['提高劳动报酬在初次分配中的比重', '就业与社会保障'],
    ['營造寬鬆學術環境', '科技创新'],
    ['做好“雙招雙引”工作', '产业发展'],
    ['加快特高压输电通道建设', '能源与双碳'],
  ])('%s → %s', (text, area) => expect(first(text)).toBe(area));

  test('a text no signal names has no area', () => {
    expect(areasOf(fold('他说得很好。'), lexicon)).toEqual([]);
  });

  test('each area carries its first signal, with offsets into the text read', () => {
    const text = fold('要发展晶片产业，加强芯片设计。');
    const [hit] = areasOf(text, lexicon).filter((h) => h.area.name === '科技创新');
    expect(hit).toBeDefined();
    expect(text.slice(hit?.start, hit?.end)).toBe('晶片');
    expect(hit?.signal).toBe('芯片');
  });

  test('every area has a first level and signals', () => {
    const areas = lexicon.policyAreas;
    expect(areas.length).toBeGreaterThanOrEqual(20);
    expect(areas.length).toBeLessThanOrEqual(30);
    for (const a of areas) {
      expect(a.parent).not.toBe('');
      expect(a.signals.length).toBeGreaterThan(0);
    }
  });
});

test('a proposal gets more phrases the longer it is, within bounds', () => {
  expect(phraseCount(3)).toBe(1);
  expect(phraseCount(30)).toBe(5);
  expect(phraseCount(3000)).toBe(6);
});

const SIMPLIFIED = `全国政协3月5日在京召开远程协商会，围绕“发展人工智能产业”建言资政。
全国政协委员、某大学教授陈立新表示，应加快建设国家语料库，完善人工智能产业生态。
全国政协委员、某研究院院长周明华建议，加大普惠算力供给，支持中小企业数字化转型。`;
const TRADITIONAL = `全國政協4月12日在京召開遠程協商會，圍繞「推動人工智慧產業發展」建言資政。
全國政協委員、某大學教授陳立新表示，應加快建設國家語料庫，推動人工智慧與製造業深度融合。
全國政協委員、某醫院院長林文傑建議，加強兒童青少年近視防控，完善學校體育設施。`;

describe('the themes of extracted proposals', () => {
  let graphs: DocumentGraph[] = [];
  beforeAll(async () => {
    graphs = [
      await extract(SIMPLIFIED, { source: 'test/themes-1.txt', published: '2023-03-05' }),
      await extract(TRADITIONAL, { source: 'test/themes-2.txt', published: '2024-04-12' }),
    ];
  }, 120_000);

  const phrasesOf = (g: DocumentGraph): { theme: string; text: string }[] => {
    const kinds = new Map(g.themes.map((t) => [t.name, t.kind]));
    return g.proposals.flatMap((p) =>
      p.themes.filter((t) => kinds.get(t) === 'phrase').map((theme) => ({ theme, text: p.text })),
    );
  };

  test('every proposal has a key phrase and a policy area', () => {
    for (const g of graphs) {
      expect(g.proposals.length).toBeGreaterThan(0);
      const kinds = new Map(g.themes.map((t) => [t.name, t.kind]));
      for (const p of g.proposals) {
        expect(p.themes.some((t) => kinds.get(t) === 'phrase')).toBe(true);
        expect(p.themes.some((t) => kinds.get(t) === 'area')).toBe(true);
      }
    }
  });

  test('a phrase theme is whole words of its proposal, by jieba', () => {
    for (const g of graphs)
      for (const { theme, text } of phrasesOf(g)) {
        const folded = fold(text);
        const at = folded.indexOf(fold(theme));
        expect(at).toBeGreaterThanOrEqual(0);
        const edges = new Set([0]);
        let end = 0;
        for (const w of segmenter().tag(folded)) edges.add((end += w.word.length));
        expect([theme, edges.has(at), edges.has(at + theme.length)]).toEqual([theme, true, true]);
      }
  });

  test('no phrase theme is one generic policy word', () => {
    for (const g of graphs)
      for (const { theme } of phrasesOf(g))
        expect(lexicon.themeStopwords.has(fold(theme))).toBe(false);
  });

  test('a word of viewpoint or aim (切入点, 定位, 看法) is no theme of its own', async () => {
    const g = await extract(
      '全国政协委员王建远建议，找准切入点，明确定位，加快冷链物流体系建设。',
      { source: 'test/themes-3.txt' },
    );
    const themes = phrasesOf(g).map((t) => t.theme);
    expect(themes).not.toContain('切入点');
    expect(themes).not.toContain('定位');
    expect(themes.length).toBeGreaterThan(0);
  });

  test('the same phrase in either script is one theme, named as each report writes it', () => {
    const [a, b] = graphs.map((g) => g.themes.find((t) => t.key === themeKey('国家语料库')));
    expect(a?.name).toBe('国家语料库');
    expect(b?.name).toBe('國家語料庫');
    expect(a?.id).toBe(b?.id);
  });

  test("an area's ABOUT edge carries the signal as written and where it was read", () => {
    const g = graphs[1];
    const about = g?.edges.filter((e) => e.type === 'ABOUT' && e.properties.kind === 'area') ?? [];
    expect(about.length).toBeGreaterThan(0);
    for (const e of about) {
      expect(['proposal', 'section', 'meeting']).toContain(e.properties.via);
      const signal = String(e.properties.signal);
      if (e.properties.via === 'proposal') expect(e.evidence.text).toContain(signal);
    }
  });

  test("a phrase that is an area's name is that area, never a second theme of that name", async () => {
    const g = await extract(
      '全国政协委员、某大学教授陈立新表示，要全面推进乡村振兴，发展数字经济。',
      {
        source: 'test/themes-area-name.txt',
        published: '2024-03-05',
      },
    );
    const names = g.themes.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(g.themes.filter((t) => t.name === '乡村振兴').map((t) => t.kind)).toEqual(['area']);
  });

  test('an area theme names its first level', () => {
    for (const g of graphs)
      for (const t of g.themes.filter((x) => x.kind === 'area')) {
        expect(t.key).toBe(areaKey(t.name));
        expect(lexicon.policyAreas.find((a) => a.name === t.name)?.parent).toBe(t.parent);
      }
  });
});

describe('the theme measure', () => {
  const text = '委员甲建议，加快建设国家语料库，完善人工智能产业生态。委员乙表示，形势很好。';
  const gold = [
    {
      speaker: '委员甲',
      evidence: '加快建设国家语料库，完善人工智能产业生态',
      keywords: ['国家语料库', '人工智能', '数据标注'],
    },
  ];
  const at = text.indexOf('加快');
  const pred = (themes: string[]): Parameters<typeof scoreThemes>[2] => [
    { speaker: '委员甲', start: at, end: at + 20, themes },
  ];
  const kinds = new Map([['数字经济', 'area']]);

  test('counts keywords a phrase matches and phrases that match a keyword', () => {
    const t = scoreThemes(
      text,
      gold,
      pred(['国家语料库', '人工智能产业生态', '产业', '数字经济']),
      kinds,
      (s) => s,
    );
    expect(t).toMatchObject({ keywords: 3, recalled: 2, phrases: 3, matching: 2, withArea: 1 });
  });

  test('a proposal of another speaker finds nothing and is not right', () => {
    const t = scoreThemes(text, gold, pred(['国家语料库']), kinds, () => '委员乙');
    expect(t).toMatchObject({ keywords: 0, recalled: 0, phrases: 0, matching: 0, proposals: 1 });
  });

  test('a phrase that splits a word is counted', () => {
    // One word from 国 to 库: 料库 starts inside it.
    const boundaries = (s: string): Set<number> =>
      new Set([0, s.indexOf('国家'), s.indexOf('语料库') + 3, s.length]);
    const t = scoreThemes(text, gold, pred(['料库', '国家语料库']), kinds, (s) => s, boundaries);
    expect(t.splitWords).toBeGreaterThanOrEqual(1);
  });
});
