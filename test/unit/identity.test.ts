import { linkChanges } from '../../src/store/identity';
import {
  isBroadBody,
  resolveName,
  specificOrganisations,
  type NameMention,
} from '../../src/domain/identity';

const m = (doc: string, orgs: string[], year: number | null = 2024): NameMention => ({
  doc,
  orgs,
  year,
});
const people = (mentions: NameMention[]) =>
  resolveName('王军', mentions).clusters.map((c) => [c.key, c.docs]);

describe('broad bodies', () => {
  test.each([
    '全国政协',
    '江苏省政协',
    '南京市政协',
    '全国人大',
    '浙江省人大常委会',
    '中共中央',
    '国务院',
  ])('%s tells no one apart', (org) => expect(isBroadBody(org)).toBe(true));
  test.each(['北京大学', '中国石油天然气集团', '民盟中央', '科技部', '全国政协经济委员会办公室'])(
    '%s is specific',
    (org) => expect(isBroadBody(org)).toBe(false),
  );
  test('a mention keeps only its specific organisations, sorted and once each', () => {
    expect(specificOrganisations(['全国政协', '北京大学', '科技部', '北京大学', ''])).toEqual([
      '北京大学',
      '科技部',
    ]);
  });
});

describe('who is who among the people of one name', () => {
  test('two people of one name at different organisations stay two, linked as possible matches', () => {
    const r = resolveName('王军', [
      m('d1', ['北京大学']),
      m('d2', ['中国石油']),
      m('d3', ['北京大学']),
    ]);
    expect(r.clusters.map((c) => [c.key, c.docs])).toEqual([
      ['王军|中国石油', ['d2']],
      ['王军|北京大学', ['d1', 'd3']],
    ]);
    expect(r.links).toEqual([
      expect.objectContaining({ a: '王军|中国石油', b: '王军|北京大学', score: 0.1 }),
    ]);
  });

  test('a report naming a former post joins the person of each organisation', () => {
    expect(
      people([
        m('d1', ['科技部'], 2020),
        m('d2', ['北京大学'], 2023),
        m('d3', ['北京大学', '科技部'], 2024),
      ]),
    ).toEqual([['王军|北京大学', ['d1', 'd2', 'd3']]]);
  });

  test('organisations in different years are more likely one person who moved', () => {
    const r = resolveName('王军', [m('d1', ['科技部'], 2020), m('d2', ['北京大学'], 2023)]);
    expect(r.links[0]).toMatchObject({ score: 0.4 });
    expect(r.links[0]?.reason).toMatch(/different years/);
  });

  test('a report with no organisation joins the one person of the name', () => {
    expect(people([m('d1', ['北京大学']), m('d2', [])])).toEqual([['王军|北京大学', ['d1', 'd2']]]);
  });

  test('with no one of the name anchored, reports with no organisation are one person', () => {
    expect(people([m('d1', []), m('d2', [])])).toEqual([['王军', ['d1', 'd2']]]);
  });

  test('with two people of the name, a report with no organisation is kept apart and linked to both', () => {
    const r = resolveName('王军', [m('d1', ['北京大学']), m('d2', ['中国石油']), m('d3', [])]);
    expect(r.clusters.map((c) => c.key)).toEqual(['王军|中国石油', '王军|北京大学', '王军']);
    expect(r.clusters[2]?.reason).toMatch(/kept apart/);
    expect(r.links.filter((l) => l.score === 0.5).map((l) => [l.a, l.b])).toEqual([
      ['王军', '王军|中国石油'],
      ['王军', '王军|北京大学'],
    ]);
  });

  test('the same reports in any order give the same people', () => {
    const ms = [
      m('d1', ['科技部'], 2020),
      m('d2', []),
      m('d3', ['北京大学', '科技部']),
      m('d4', ['中国石油']),
      m('d5', ['北京大学']),
    ];
    const expected = resolveName('王军', ms);
    for (const order of [[...ms].reverse(), [ms[2], ms[0], ms[4], ms[1], ms[3]] as NameMention[]])
      expect(resolveName('王军', order)).toEqual(expected);
  });
});

describe('possible matches written when a name is settled again', () => {
  const l = (a: string, b: string, score = 0.4, reason = 'r') => ({ a, b, score, reason });
  test.each([
    ['nothing when the pairs are the same', [l('a', 'b')], [l('a', 'b')], [], []],
    ['a new pair only', [l('a', 'b')], [l('a', 'b'), l('a', 'c')], [], [l('a', 'c')]],
    ['a pair whose score changed', [l('a', 'b', 0.4)], [l('a', 'b', 0.1)], [], [l('a', 'b', 0.1)]],
    [
      'a pair whose reason changed',
      [l('a', 'b')],
      [l('a', 'b', 0.4, 's')],
      [],
      [l('a', 'b', 0.4, 's')],
    ],
    [
      'a pair no longer decided goes',
      [l('a', 'b'), l('a', 'c')],
      [l('a', 'c')],
      [{ a: 'a', b: 'b' }],
      [],
    ],
  ])('%s', (_, had, want, gone, changed) => {
    expect(linkChanges(had, want)).toEqual({ gone, changed });
  });
});
