import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '../../src/api/server';
import { projectRoot } from '../../src/paths';
import { filledPeriods } from '../../web/src/charts/periods';
import { visible } from '../../web/src/graph/elements';
import { matrixOf } from '../../web/src/matrix';
import { ALL_QUERIES } from '../../web/src/queries';
import { hrefOf, nodeHref, parseRoute, type Route } from '../../web/src/route';
import { turnsOf } from '../../web/src/turns';
import type { GraphEdge, GraphNode, MeetingProposal } from '../../web/src/types';
import { readmeExamples } from '../../web/graphiql/examples';

describe("the explorer's queries", () => {
  const schema = buildSchema(typeDefs());
  test.each(Object.entries(ALL_QUERIES))('%s is valid against the schema', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});

describe('routes', () => {
  const table: [string, Route][] = [
    ['/', { page: 'home' }],
    ['/?q=%E6%9D%8E%E8%90%8C', { page: 'search', q: '李萌' }],
    ['/person/UGVyc29u%2Bx%3D', { page: 'person', id: 'UGVyc29u+x=' }],
    ['/theme/VGhlbWU', { page: 'theme', id: 'VGhlbWU' }],
    ['/report/abc?start=10&end=20', { page: 'report', id: 'abc', start: 10, end: 20 }],
    ['/graph/abc', { page: 'graph', id: 'abc', depth: 1, hidden: [] }],
    [
      '/graph/abc?depth=3&hide=ABOUT%2CPROPOSES',
      { page: 'graph', id: 'abc', depth: 3, hidden: ['ABOUT', 'PROPOSES'] },
    ],
    ['/path?from=a&to=b', { page: 'path', from: 'a', to: 'b' }],
    ['/matrix?meeting=m&kind=AREA', { page: 'matrix', meeting: 'm', kind: 'AREA' }],
  ];
  test.each(table)('%s reads as its route and is written back the same', (href, route) => {
    const url = new URL(href, 'http://x');
    expect(parseRoute(url)).toEqual(route);
    expect(parseRoute(new URL(hrefOf(route), 'http://x'))).toEqual(route);
  });

  test.each([
    ['/graph/abc?depth=9', 3],
    ['/graph/abc?depth=0', 1],
    ['/graph/abc?depth=x', 1],
  ])('%s keeps the depth within 1–3', (href, depth) => {
    expect(parseRoute(new URL(href, 'http://x'))).toMatchObject({ depth });
  });

  test.each(['/people', '/person', '/person/a/b', '/report'])('%s is no page', (href) => {
    expect(parseRoute(new URL(href, 'http://x'))).toEqual({ page: 'missing', path: href });
  });

  test.each([
    ['Person', '/person/a'],
    ['Theme', '/theme/a'],
    ['Document', '/report/a'],
    ['Unknown', null],
  ])('a %s node links to %s', (typename, href) => {
    expect(nodeHref(typename, 'a')).toBe(href);
  });

  test('an empty search is the overview', () => {
    expect(parseRoute(new URL('/?q=%20%20', 'http://x'))).toEqual({ page: 'home' });
  });
});

describe('timeline periods', () => {
  test('months without proposals are filled in as zeros, undated stays last', () => {
    const points = filledPeriods(
      [
        { period: 'undated', count: 2, share: 1 },
        { period: '2024-11', count: 3, share: 0.5 },
        { period: '2025-02', count: 1, share: 0.1 },
      ],
      'MONTH',
    );
    expect(points.map((p) => [p.period, p.count])).toEqual([
      ['2024-11', 3],
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 1],
      ['undated', 2],
    ]);
  });

  test('years too', () => {
    const points = filledPeriods(
      [
        { period: '2021', count: 1, share: 1 },
        { period: '2023', count: 2, share: 1 },
      ],
      'YEAR',
    );
    expect(points.map((p) => p.period)).toEqual(['2021', '2022', '2023']);
  });

  test('a span too long to fill keeps only the periods with data', () => {
    const points = filledPeriods(
      [
        { period: '1900-01', count: 1, share: 1 },
        { period: '2024-01', count: 1, share: 1 },
      ],
      'MONTH',
    );
    expect(points.map((p) => p.period)).toEqual(['1900-01', '2024-01']);
  });
});

describe('who advocated what', () => {
  const a = { id: 'a', name: '甲' };
  const b = { id: 'b', name: '乙' };
  const t = (id: string, kind: 'PHRASE' | 'AREA' = 'PHRASE') => ({ id, name: id, kind });
  test('columns are the most used themes of the kind; rows the people with most', () => {
    const m = matrixOf(
      [
        { person: a, theme: t('x'), count: 1 },
        { person: b, theme: t('x'), count: 2 },
        { person: b, theme: t('y'), count: 1 },
        { person: b, theme: t('y'), count: 1 },
        { person: a, theme: t('area', 'AREA'), count: 5 },
      ],
      'PHRASE',
    );
    expect(m.themes.map((x) => x.id)).toEqual(['x', 'y']);
    expect(m.people.map((p) => p.id)).toEqual(['b', 'a']);
    expect(m.cells.get('b|y')).toBe(2);
    expect(m.max).toBe(2);
  });

  test('a person with no theme of the kind is no row', () => {
    const m = matrixOf([{ person: a, theme: t('area', 'AREA'), count: 5 }], 'PHRASE');
    expect(m.people).toEqual([]);
  });
});

describe("a meeting's speakers", () => {
  const p = (id: string, speaker: string | null, start: number, doc = 'd1'): MeetingProposal => ({
    id,
    text: id,
    kind: 'MEMBER_PROPOSAL',
    speakerName: speaker,
    speakerKind: speaker ? 'PERSON' : null,
    speaker: speaker ? { id: speaker, name: speaker } : null,
    themes: [],
    evidence: {
      start,
      end: start + 1,
      quote: id,
      context: id,
      document: { id: doc, source: doc, published: null },
    },
  });
  test('come in the order the report gives them, a later proposal joining its turn', () => {
    const turns = turnsOf([p('3', '乙', 50), p('1', '甲', 10), p('4', '甲', 90), p('2', null, 30)]);
    expect(turns.map((t) => [t.name, t.proposals.map((x) => x.id)])).toEqual([
      ['甲', ['1', '4']],
      ['unattributed', ['2']],
      ['乙', ['3']],
    ]);
  });
});

describe('the graph view', () => {
  const n = (id: string): GraphNode => ({ __typename: 'Person', id, name: id });
  const e = (type: string, from: string, to: string): GraphEdge => ({
    type,
    from,
    to,
    properties: '{}',
    evidence: null,
  });
  test('hiding a relationship type drops the nodes reached only through it', () => {
    const v = visible(
      's',
      [n('s'), n('a'), n('b'), n('c')],
      [
        e('PROPOSES', 's', 'a'),
        e('ABOUT', 'a', 'b'),
        e('HOLDS_POST', 's', 'c'),
        e('ABOUT', 'c', 'a'),
      ],
      new Set(['ABOUT']),
    );
    expect(v.nodes.map((x) => x.id)).toEqual(['s', 'a', 'c']);
    expect(v.edges.map((x) => x.type)).toEqual(['PROPOSES', 'HOLDS_POST']);
    expect(v.level.get('a')).toBe(1);
  });
});

describe("the IDE's examples", () => {
  test("are the README's queries, each titled by its comment", () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const examples = readmeExamples(readme);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const x of examples) {
      expect(x.title.length).toBeGreaterThan(3);
      expect(() => parse(x.query)).not.toThrow();
    }
    expect(examples[0]?.title).toMatch(/算力/);
  });
});
