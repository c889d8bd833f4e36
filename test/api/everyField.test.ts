import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import type { RunningApi } from '../../src/api/server';
import { typeDefs } from '../../src/api/server';
import { REPORTS_DIR, SAMPLE_DIR } from '../../src/paths';
import { ingestAll } from '../../src/pipeline/ingestAll';
import { listReports } from '../../src/pipeline/listReports';
import { API_KEY, gql, testApi } from '../helpers/api';
import { privateNeo4j } from '../helpers/store';

// Every field of every type, selected from the schema itself, against a real Neo4j holding the
// bundled reports: a field whose resolver and model disagree (a DateTime where a string is
// declared) fails here even when no hand-written test asks for it.
const schema = buildSchema(typeDefs());
let c: Awaited<ReturnType<typeof privateNeo4j>>;
let api: RunningApi;

beforeAll(async () => {
  c = await privateNeo4j();
  const s = await ingestAll(listReports([SAMPLE_DIR, REPORTS_DIR], null), {
    store: c.store,
    workers: 0,
    writeConcurrency: 1,
  });
  expect(s.failed).toBe(0);
  api = await testApi(c.store);
}, 600_000);
afterAll(async () => {
  await api.close();
  await c.close();
});

/** Fields selected so far, as `Type.field`: what the coverage test compares with the schema. */
const selected = new Set<string>();

/** Small pages everywhere, so a whole-schema selection stays within the cost limit. */
function argsOf(field: GraphQLField<unknown, unknown>): string {
  const given = field.args
    .filter((a) => a.name === 'first' || a.name === 'limit')
    .map((a) => `${a.name}: 2`);
  return given.length ? `(${given.join(', ')})` : '';
}

/**
 * A selection of every field of a type, objects down to `depth` levels. An abstract type's
 * own fields are selected as they are, and each possible type's under an alias named after it:
 * two types may have fields of one name and different types (`kind`), which cannot merge.
 */
function selection(type: GraphQLNamedType, depth: number, alias = ''): string {
  if (isAbstractType(type)) {
    const own = isInterfaceType(type) ? fieldsOf(type, depth, alias) : '__typename';
    const fragments = schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selection(t, depth, `${t.name}_`)} }`);
    return `${own} ${fragments.join(' ')}`;
  }
  return isObjectType(type) ? fieldsOf(type, depth, alias) : '';
}

function fieldsOf(
  type: GraphQLObjectType | GraphQLInterfaceType,
  depth: number,
  alias: string,
): string {
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const inner = getNamedType(field.type);
    const composite = isObjectType(inner) || isInterfaceType(inner) || isAbstractType(inner);
    if (composite && depth === 0) continue;
    selected.add(`${type.name}.${field.name}`);
    const name = alias ? `${alias}${field.name}: ${field.name}` : field.name;
    parts.push(
      composite
        ? `${name}${argsOf(field)} { ${selection(inner, depth - 1)} }`
        : `${name}${argsOf(field)}`,
    );
  }
  return parts.join(' ');
}

function rootField(name: string, args: string, depth = 3): string {
  const field = schema.getQueryType()?.getFields()[name];
  if (!field) throw new Error(`no root field ${name}`);
  selected.add(`Query.${name}`);
  return `${name}${args} { ${selection(getNamedType(field.type), depth)} }`;
}

async function ask(query: string, headers: Record<string, string> = {}): Promise<unknown> {
  const r = await gql(api, query, { headers });
  expect(r.errors ?? []).toEqual([]);
  expect(r.status).toBe(200);
  return r.data;
}

async function ids(): Promise<{ people: string[]; byType: Map<string, string> }> {
  const r = (await ask('{ people(first: 5, orderBy: PROPOSALS) { edges { node { id } } } }')) as {
    people: { edges: { node: { id: string } }[] };
  };
  const people = r.people.edges.map((e) => e.node.id);
  const around = (await ask(
    `{ neighbourhood(id: "${people[0] ?? ''}", depth: 3, limit: 100) { nodes { id __typename } } }`,
  )) as { neighbourhood: { nodes: { id: string; __typename: string }[] } };
  const byType = new Map<string, string>();
  for (const n of around.neighbourhood.nodes)
    if (!byType.has(n.__typename)) byType.set(n.__typename, n.id);
  return { people, byType };
}

test('answers every root field with every field below it, without an error', async () => {
  const { people, byType } = await ids();
  const [p1 = '', p2 = ''] = people;
  const queries = [
    rootField('person', '(name: "王沪宁")'),
    rootField('people', '(first: 2)'),
    rootField('organisations', '(first: 2)'),
    rootField('meetings', '(first: 2)'),
    rootField('proposals', '(first: 2)'),
    rootField('themes', '(first: 2)'),
    rootField('theme', '(name: "算力")'),
    rootField('policyAreas', ''),
    rootField('risingThemes', '(earlier: "2023", later: "2024", minCount: 1, first: 2)'),
    rootField('search', '(query: "算力", first: 3)'),
    rootField('whoAdvocated', '(theme: "算力", first: 2)'),
    rootField('neighbourhood', `(id: "${p1}", depth: 1, limit: 10)`),
    rootField('paths', `(from: "${p1}", to: "${p2}", first: 2)`),
    rootField('coAdvocates', `(person: "${p1}", first: 2)`),
    rootField('possibleMatches', '(first: 2)'),
    ...[...byType.values()].map((id) => rootField('node', `(id: "${id}")`)),
  ];
  for (const q of queries) await ask(`{ ${q} }`);
  // Each kind of node the graph holds was asked for by id.
  expect([...byType.keys()]).toEqual(
    expect.arrayContaining(['Person', 'Organisation', 'Meeting', 'Proposal', 'Theme']),
  );
}, 300_000);

test('answers the mutations with every field of their payloads', async () => {
  const mutation = schema.getMutationType() as GraphQLObjectType;
  const fields = mutation.getFields();
  const payload = (name: string): string => {
    const field = fields[name];
    if (!field) throw new Error(`no mutation ${name}`);
    selected.add(`Mutation.${name}`);
    return selection(getNamedType(field.type), 2);
  };
  const text =
    '政协委员王建远建议，加快建设智慧湿地监测网络，完善候鸟栖息地保护补偿机制。（全字段测试）';
  const done = (await ask(
    `mutation { ingestReport(input: { text: "${text}", source: "test/every-field.txt" }) { ${payload('ingestReport')} } }`,
    { 'x-api-key': API_KEY },
  )) as { ingestReport: { document: { id: string } } };
  await ask(
    `mutation { deleteDocument(id: "${done.ingestReport.document.id}") { ${payload('deleteDocument')} } }`,
    { 'x-api-key': API_KEY },
  );
  // Who-is-who decisions: two people of one name at two organisations, merged, split, undone.
  const docs: string[] = [];
  for (const org of ['南京林业大学', '江苏湿地研究院']) {
    const r = (await ask(
      `mutation { ingestReport(input: { text: "全国政协委员、${org}教授韩雨桐建议，加快建设湿地监测网络。（${org}）", source: "test/every-field-${org}.txt" }) { document { id } } }`,
      { 'x-api-key': API_KEY },
    )) as { ingestReport: { document: { id: string } } };
    docs.push(r.ingestReport.document.id);
  }
  const people = (await ask('{ people(filter: {name: "韩雨桐"}) { edges { node { id } } } }')) as {
    people: { edges: { node: { id: string } }[] };
  };
  const [a, b] = people.people.edges.map((e) => e.node.id);
  expect([a, b].every(Boolean)).toBe(true);
  const merged = (await ask(
    `mutation { mergePeople(a: "${a}", b: "${b}", reason: "test", by: "every-field") { ${payload('mergePeople')} } }`,
    { 'x-api-key': API_KEY },
  )) as { mergePeople: { person: { id: string } } };
  const split = (await ask(
    `mutation { splitPerson(person: "${merged.mergePeople.person.id}", documents: ["${docs[0]}"], reason: "test", by: "every-field") { ${payload('splitPerson')} } }`,
    { 'x-api-key': API_KEY },
  )) as { splitPerson: { id: string } };
  await ask(
    `mutation { undoIdentityDecision(id: "${split.splitPerson.id}", by: "every-field") { ${payload('undoIdentityDecision')} } }`,
    { 'x-api-key': API_KEY },
  );
}, 120_000);

test('has selected every field of every type the API can return', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields()))
      if (!selected.has(`${type.name}.${field}`)) missing.push(`${type.name}.${field}`);
  }
  expect(missing).toEqual([]);
});
