import {
  Kind,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiEnv, apiConfig } from '../../src/api/config';
import { LogEnv } from '../../src/log';
import { projectRoot } from '../../src/paths';
import { StoreEnv } from '../../src/store/config';
import { globalId, parseGlobalId } from '../../src/api/ids';
import { checkLimits } from '../../src/api/limits';
import { cursorAt, offsetAfter } from '../../src/api/pagination';
import { highlight, luceneQuery } from '../../src/api/resolvers/graph';
import { selects } from '../../src/api/selection';
import { typeDefs } from '../../src/api/server';
import { readmeQueries } from '../helpers/readme';

describe('API configuration', () => {
  test.each([
    [
      {},
      {
        port: 4000,
        host: '127.0.0.1',
        apiKey: undefined,
        dev: false,
        cache: { megabytes: 64, pollMs: 1000 },
      },
    ],
    [{ KG_CACHE_MB: '0', KG_CACHE_POLL_MS: '250' }, { cache: { megabytes: 0, pollMs: 250 } }],
    [{ KG_API_KEY: '' }, { apiKey: undefined }],
    [
      { KG_API_KEY: 'k'.repeat(16), NODE_ENV: 'production' },
      { apiKey: 'k'.repeat(16), dev: false },
    ],
    [{ NODE_ENV: 'development' }, { dev: true }],
    [{ NODE_ENV: 'test' }, { dev: false }],
    [
      { PORT: '8080', HOST: '0.0.0.0' },
      { port: 8080, host: '0.0.0.0' },
    ],
  ])('reads %j', (env, expected) => {
    expect(apiConfig(env)).toMatchObject(expected);
  });

  test.each([
    [{ KG_API_KEY: 'short' }],
    [{ PORT: 'x' }],
    [{ KG_QUERY_TIMEOUT_MS: '5' }],
    [{ KG_CACHE_MB: '-1' }],
    [{ KG_CACHE_POLL_MS: '10' }],
  ])('refuses %j', (env) => {
    expect(() => apiConfig(env)).toThrow();
  });
});

describe('global ids and cursors', () => {
  test('round-trip a label and a key with CJK and colons', () => {
    const id = globalId('Person', 'person:甲乙丙');
    expect(parseGlobalId(id)).toEqual({ label: 'Person', key: 'person:甲乙丙' });
  });

  test.each(['', 'abc', Buffer.from('Nope:x').toString('base64url'), globalId('Person', '')])(
    'refuses %j as an id',
    (id) => {
      expect(() => parseGlobalId(id)).toThrow(/not an id/);
    },
  );

  test('a cursor continues after its offset, and a forged one is refused', () => {
    expect(offsetAfter(cursorAt(41))).toBe(42);
    expect(offsetAfter(null)).toBe(0);
    expect(() => offsetAfter(Buffer.from('o:-1').toString('base64url'))).toThrow(/cursor/);
  });
});

describe('full-text queries and highlights', () => {
  test.each([
    [['算力'], '"算力"'],
    [['a"b', 'c\\d'], '"a\\"b" AND "c\\\\d"'],
    [['*', '(x'], '"*" AND "(x"'],
  ])('quotes the terms %j as phrases', (terms, expected) => {
    expect(luceneQuery(terms)).toBe(expected);
  });

  test.each([
    ['建設算力網路', ['算力网路'], '建設<em>算力網路</em>'],
    ['算力與算力', ['算力'], '<em>算力</em>與<em>算力</em>'],
    ['<b>算力</b>', ['算力'], '&lt;b&gt;<em>算力</em>&lt;/b&gt;'],
    ['沒有', ['算力'], '沒有'],
    ['建設算力網路', ['算力', '力网'], '建設<em>算力網</em>路'],
    ['算力網路', ['算力', '网路'], '<em>算力網路</em>'],
    ['a&b算力"', ['算力'], 'a&amp;b<em>算力</em>&quot;'],
    ['', ['算力'], ''],
  ])('marks %s for %j', (text, terms, expected) => {
    expect(highlight(text, terms)).toBe(expected);
  });
});

describe('query limits', () => {
  const schema = buildSchema(typeDefs());
  const check = (query: string, variables: Record<string, unknown> = {}): string | null =>
    checkLimits(
      { schema, document: parse(query), operationName: null, variables },
      { maxDepth: 6, maxCost: 1000, maxRootFields: 3 },
    )?.message ?? null;

  test.each([
    ['{ person(name: "x") { name } }', null],
    ['{ person(name: "x") { posts { organisation { posts { person { name } } } } } }', null],
    [
      '{ person(name: "x") { posts { organisation { posts { person { posts { title } } } } } } }',
      /depth 7/,
    ],
    ['{ people(first: 10) { edges { node { posts(first: 10) { title } } } } }', null],
    ['{ people(first: 50) { edges { node { posts(first: 50) { title } } } } }', /cost/],
  ])('judges %s', (query, expected) => {
    const message = check(query);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  test('counts a page size given as a variable', () => {
    const q =
      'query ($n: Int) { people(first: $n) { edges { node { posts(first: 50) { title } } } } }';
    expect(check(q, { n: 1 })).toBeNull();
    expect(check(q, { n: 100 })).toMatch(/cost/);
  });

  test('follows fragments', () => {
    const q = `{ person(name: "x") { ...P } }
      fragment P on Person { posts { organisation { posts { person { posts { title } } } } } }`;
    expect(check(q)).toMatch(/depth/);
  });

  const aliased = (n: number, field: string): string =>
    Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
  test.each([
    [`{ ${aliased(3, 'whoAdvocated(theme: "x") { count }')} }`, null],
    [`{ ${aliased(4, 'whoAdvocated(theme: "x") { count }')} }`, /4 root fields/],
    [`{ ${aliased(3, 'node(id: "x") { id }')} __typename }`, null],
    [
      `{ a: search(query: "x") { score } ...R } fragment R on Query { ${aliased(3, 'themes { totalCount }')} }`,
      /4 root fields/,
    ],
    [`{ ... on Query { ${aliased(4, 'search(query: "x") { score }')} } }`, /4 root fields/],
    [`mutation { ${aliased(4, 'deleteDocument(id: "x") { deleted }')} }`, /4 root fields/],
  ])('counts root fields, aliases and fragments included: %s', (query, expected) => {
    const message = check(query);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  test.each([
    [`{ ${aliased(3, '__schema { queryType { name } }')} }`, null],
    [`{ ${aliased(4, '__schema { queryType { name } }')} }`, /4 root fields/],
    [`{ ${aliased(2, '__type(name: "Person") { name }')} __schema { types { name } } }`, null],
    [`{ ${aliased(4, '__typename')} person(name: "x") { name } }`, null],
  ])('counts introspection fields as root fields, __typename as none: %s', (query, expected) => {
    const message =
      checkLimits(
        { schema, document: parse(query), operationName: null, variables: {} },
        { maxDepth: 6, maxCost: 100_000, maxRootFields: 3 },
      )?.message ?? null;
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  test('gives introspection a cost of the whole schema, so it cannot be asked for free', () => {
    const cheap = (maxCost: number): string | null =>
      checkLimits(
        {
          schema,
          document: parse('{ __schema { types { name } } }'),
          operationName: null,
          variables: {},
        },
        { maxDepth: 6, maxCost, maxRootFields: 3 },
      )?.message ?? null;
    expect(cheap(100_000)).toBeNull();
    expect(cheap(10)).toMatch(/cost/);
  });

  test('measures each fragment once, so a fan-out of spreads costs what its text costs', () => {
    // F(n) spreads F(n-1) twice: walked naively, 2^levels selections.
    const levels = 24;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0
        ? 'fragment F0 on Person { name }'
        : `fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`,
    ).join('\n');
    const document = parse(`{ person(name: "x") { ...F${levels - 1} } } ${fragments}`);
    const stats = { visits: 0 };
    const message = checkLimits(
      { schema, document, operationName: null, variables: {} },
      { maxDepth: 6, maxCost: 1000, maxRootFields: 3 },
      stats,
    )?.message;
    expect(stats.visits).toBeLessThan(4 * levels);
    // The cost still counts every field the spreads would resolve.
    expect(message).toMatch(/cost/);
  });
});

describe('the schema', () => {
  test('describes every type, field and enum value', () => {
    const schema = buildSchema(typeDefs());
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name))
        continue;
      if (!t.description) missing.push(t.name);
      if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t))
        for (const [name, f] of Object.entries<{ description?: string | null }>(t.getFields()))
          if (!f.description) missing.push(`${t.name}.${name}`);
      if (isEnumType(t))
        for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  test('gives every query and mutation an example that the schema validates', () => {
    const schema = buildSchema(typeDefs());
    const problems: string[] = [];
    for (const [op, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const)
      for (const [name, f] of Object.entries(type?.getFields() ?? {})) {
        const example = /Example: `([^`]+)`/.exec(f.description ?? '')?.[1];
        // A field without arguments is written without parentheses (policyAreas { … }).
        if (!example?.startsWith(`${name}(`) && !example?.startsWith(`${name} {`)) {
          problems.push(`${name}: no example of it`);
          continue;
        }
        for (const e of validate(schema, parse(`${op} { ${example} }`)))
          problems.push(`${name}: ${e.message}`);
      }
    expect(problems).toEqual([]);
  });
});

describe('what a request selects below a field', () => {
  /** The info of the query's first root field, as graphql-js would hand it to its resolver. */
  function infoOf(query: string): GraphQLResolveInfo {
    const doc = parse(query);
    const fragments = Object.fromEntries(
      doc.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const op = doc.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const root = op?.selectionSet.selections[0];
    if (root?.kind !== Kind.FIELD) throw new Error('no root field');
    return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
  }
  test.each([
    ['{ n { edges { from to } } }', false],
    ['{ n { edges { from properties } } }', true],
    ['{ n { edges { e: evidence { quote } } } }', true],
    ['{ n { nodes { id } properties } }', false],
    ['{ n { edges { ...E } } } fragment E on GraphEdge { evidence { quote } }', true],
    ['{ n { ...G } } fragment G on Graph { edges { ... on GraphEdge { properties } } }', true],
    ['{ n { ...G } } fragment G on Graph { edges { to } }', false],
    ['{ n { edges { properties @skip(if: true) } } }', true],
  ])('%s selects edge properties or evidence: %s', (query, expected) => {
    expect(selects(infoOf(query), ['edges'], ['properties', 'evidence'])).toBe(expected);
  });
});

describe("the README's configuration table", () => {
  test('lists every setting the zod schemas read, and no other', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const listed = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
    const read = [ApiEnv, StoreEnv, LogEnv].flatMap((s) => Object.keys(s.shape)).sort();
    expect(listed).toEqual(read);
  });

  test('gives each setting the default its schema gives', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)];
    const defaults = { ...ApiEnv.parse({}), ...StoreEnv.parse({}), ...LogEnv.parse({}) } as Record<
      string,
      string | number | undefined
    >;
    for (const [, key = '', given = ''] of rows) {
      const value = defaults[key];
      const shown = given.trim().replace(/`/g, '');
      if (value === undefined) expect(shown).toMatch(/^none$|^\.data\/neo4j$/);
      else expect(shown).toBe(String(value));
    }
  });
});

describe("the README's queries", () => {
  test('are valid against the schema, the shell example too', () => {
    const schema = buildSchema(typeDefs());
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(4);
    for (const q of queries) expect(validate(schema, parse(q)).map((e) => e.message)).toEqual([]);
  });
});
