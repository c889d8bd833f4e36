import type { DocumentGraph } from '../../src/domain/documentGraph';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { auditServer } from 'graphql-http';
import { extract } from '../../ingest/extract';
import { startApi, type RunningApi } from '../../src/api/server';
import { ingestGraph } from '../../src/store/ingestGraph';
import { globalId } from '../../src/api/ids';
import { fold } from '../../src/domain/fold';
import { unionName } from '../../src/store/cypher';
import type { QueryEvent } from '../../src/store/store';
import { API_KEY, data, gql, testApi } from '../helpers/api';
import { readmeQueries } from '../helpers/readme';
import { privateNeo4j, sampleText, uniqueReport } from '../helpers/store';

// A database of this file's own: other test files write the sample's people into the shared
// one meanwhile, and a connection's edges and its totalCount are read in separate statements.
let c: Awaited<ReturnType<typeof privateNeo4j>>;
let api: RunningApi;
const queries: QueryEvent[] = [];
const text = uniqueReport('api');
let sample: DocumentGraph;
const squash = (s: string): string => s.replace(/\s/g, '');

beforeAll(async () => {
  sample = await extract(text, { source: 'test/api-sample.txt', published: '2024-04-26' });
  // The response cache's version polls are not part of any request.
  c = await privateNeo4j({ onQuery: (e) => e.useCase !== 'graph-version' && queries.push(e) });
  await ingestGraph(c.store, { graph: sample, text });
  api = await testApi(c.store);
}, 300_000);
afterAll(async () => {
  await api.close();
  await c.close();
});

async function personId(name: string): Promise<string> {
  const d = await data<{ person: { id: string } | null }>(
    api,
    'query ($name: String!) { person(name: $name) { id } }',
    { name },
  );
  if (!d.person) throw new Error(`no person ${name}`);
  return d.person.id;
}

describe('the README queries', () => {
  test('run as written, each answered without an error', async () => {
    for (const q of readmeQueries()) {
      const r = await gql(api, q);
      expect([q, r.status, r.errors]).toEqual([q, 200, undefined]);
    }
  });

  test('answers who proposed on 算力, each proposal with the sentence it came from', async () => {
    const d = await data<{
      whoAdvocated: {
        person: { name: string };
        proposals: { text: string; evidence: { quote: string; context: string } }[];
      }[];
    }>(
      api,
      `{ whoAdvocated(theme: "算力") { person { name }
           proposals { text evidence { quote context(chars: 20) } } } }`,
    );
    expect(d.whoAdvocated.map((a) => a.person.name)).toContain('李萌');
    for (const a of d.whoAdvocated)
      for (const p of a.proposals) {
        expect(squash(text)).toContain(squash(p.evidence.quote));
        expect(p.evidence.context).toContain(p.evidence.quote.slice(0, 10));
        expect(p.text).toMatch(/算力/);
      }
  });

  test("returns 李萌's proposals with their evidence", async () => {
    const expected = new Set(
      sample.proposals.filter((p) => p.speaker === '李萌').map((p) => p.text),
    );
    expect(expected.size).toBeGreaterThan(0);
    const d = await data<{
      person: {
        proposals: {
          totalCount: number;
          edges: {
            node: {
              text: string;
              evidence: { quote: string; start: number; end: number; document: { id: string } };
            };
          }[];
        };
      };
    }>(
      api,
      `{ person(name: "李萌") { proposals(first: 100) { totalCount edges { node { text
           evidence { quote start end document { id } } } } } } }`,
    );
    const got = d.person.proposals.edges.map((e) => e.node);
    expect(new Set(got.map((p) => p.text))).toEqual(expected);
    expect(d.person.proposals.totalCount).toBe(got.length);
    for (const p of got) expect(p.evidence.end).toBeGreaterThan(p.evidence.start);
  });

  test('finds a path between 周鴻禛 and 王滬寧 with its relationships in order', async () => {
    const [from, to] = await Promise.all([personId('周鴻禛'), personId('王滬寧')]);
    const before = queries.length;
    const d = await data<{
      paths: { nodes: { id: string; name?: string }[]; edges: { from: string; to: string }[] }[];
    }>(
      api,
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) {
         nodes { id ... on Person { name } } edges { type from to } } }`,
      { from, to },
    );
    expect(d.paths.length).toBeGreaterThan(0);
    for (const path of d.paths) {
      expect(path.nodes[0]?.name).toBe('周鴻禛');
      expect(path.nodes.at(-1)?.name).toBe('王滬寧');
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      path.edges.forEach((e, i) => {
        const ends = [path.nodes[i]?.id, path.nodes[i + 1]?.id];
        expect(ends).toContain(e.from);
        expect(ends).toContain(e.to);
      });
    }
    // The paths and both ends come in one statement.
    expect(queries.slice(before).map((q) => q.useCase)).toEqual(['api-paths/4']);
    const self = await data<{ paths: { nodes: { id: string }[]; edges: unknown[] }[] }>(
      api,
      'query ($id: ID!) { paths(from: $id, to: $id) { nodes { id } edges { type } } }',
      { id: from },
    );
    expect(self.paths).toEqual([{ nodes: [{ id: from }], edges: [] }]);
  });

  test('finds 王滬寧 by the Simplified 王沪宁, with posts and the meeting chaired', async () => {
    const d = await data<{
      person: {
        name: string;
        posts: { title: string }[];
        chaired: { meeting: { date: string } }[];
      };
    }>(api, '{ person(name: "王沪宁") { name posts { title } chaired { meeting { date } } } }');
    expect(d.person.name).toBe('王滬寧');
    expect(d.person.posts.length).toBeGreaterThan(0);
    expect(d.person.chaired.map((x) => x.meeting.date)).toContain('2024-04-26');
  });
});

describe('querying the graph', () => {
  test('searches in either script, ranked, with the matches highlighted', async () => {
    const d = await data<{
      search: { score: number; highlight: string; node: { __typename: string } }[];
    }>(api, '{ search(query: "算力网路", first: 5) { score highlight node { __typename } } }');
    expect(d.search.length).toBeGreaterThan(0);
    // The report writes 算力網路 (Traditional); the query is Simplified.
    expect(d.search[0]?.highlight).toContain('<em>算力網路</em>');
    const scores = d.search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('finds a meeting by its topic, in the other script, and marks what matched', async () => {
    const topic = sample.meeting?.topic;
    if (!topic) throw new Error('the sample has no meeting topic');
    const words = topic.replace(/[“”「」"+＋]/g, '').slice(0, 4);
    const d = await data<{
      search: { highlight: string; node: { __typename: string; name?: string } }[];
    }>(
      api,
      'query ($q: String!) { search(query: $q, types: [MEETING], first: 3) { highlight node { __typename ... on Meeting { name } } } }',
      // The report is in Traditional script; the query is folded to Simplified.
      { q: fold(words) },
    );
    expect(d.search[0]?.node).toEqual({ __typename: 'Meeting', name: sample.meeting?.name });
    expect(d.search[0]?.highlight).toContain(`<em>${words}</em>`);
  });

  test("gives a report's text, into which evidence offsets point", async () => {
    const d = await data<{
      proposals: {
        edges: {
          node: {
            text: string;
            evidence: { start: number; end: number; document: { text: string } };
          };
        }[];
      };
    }>(
      api,
      '{ proposals(first: 3) { edges { node { text evidence { start end document { text } } } } } }',
    );
    expect(d.proposals.edges.length).toBeGreaterThan(0);
    for (const { node } of d.proposals.edges) {
      expect(node.evidence.document.text).toBe(text);
      expect(node.evidence.document.text.slice(node.evidence.start, node.evidence.end)).toContain(
        node.text.slice(0, 8),
      );
    }
  });

  test('treats search text as words, never as Lucene syntax', async () => {
    const r = await gql(api, '{ search(query: "算力 AND (* OR \\"", first: 3) { score } }');
    expect(r.errors).toBeUndefined();
  });

  test('returns a neighbourhood within its limit, every edge between returned nodes', async () => {
    const id = await personId('李萌');
    const d = await data<{
      neighbourhood: {
        nodes: { id: string }[];
        edges: { from: string; to: string; properties: string }[];
        truncated: boolean;
      };
    }>(
      api,
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 30) {
         nodes { id } edges { from to properties } truncated } }`,
      { id },
    );
    const ids = new Set(d.neighbourhood.nodes.map((n) => n.id));
    expect(ids.has(id)).toBe(true);
    expect(ids.size).toBeLessThanOrEqual(30);
    for (const e of d.neighbourhood.edges) {
      expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      expect(() => JSON.parse(e.properties) as unknown).not.toThrow();
    }
    const cut = await data<{ neighbourhood: { nodes: { id: string }[]; truncated: boolean } }>(
      api,
      'query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 3) { nodes { id } truncated } }',
      { id },
    );
    expect(cut.neighbourhood.nodes.map((n) => n.id)).toEqual(
      d.neighbourhood.nodes.slice(0, 3).map((n) => n.id),
    );
    expect(cut.neighbourhood.truncated).toBe(true);
  });

  test('answers NOT_FOUND for a neighbourhood or a path from a node that is not there', async () => {
    const missing = globalId('Person', 'person:nobody-by-this-key');
    const id = await personId('李萌');
    const asks: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { neighbourhood(id: $id) { nodes { id } } }', { id: missing }],
      [
        'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { edges { type } } }',
        { a: id, b: missing },
      ],
    ];
    for (const [query, variables] of asks) {
      const r = await gql(api, query, { variables });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0]?.message).toContain(missing);
    }
  });

  test("gives a neighbourhood's edges their evidence when a fragment asks, and the same edges when nothing does", async () => {
    const id = await personId('李萌');
    type Edge = { type: string; from: string; to: string; evidence?: { quote: string } | null };
    const ask = (
      edgeFields: string,
      fragments = '',
    ): Promise<{ neighbourhood: { edges: Edge[] } }> =>
      data(
        api,
        `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 40) { edges { ${edgeFields} } } } ${fragments}`,
        { id },
      );
    const withEvidence = await ask(
      '...E',
      'fragment E on GraphEdge { type from to evidence { quote } }',
    );
    const bare = await ask('type from to');
    const key = (e: Edge): string => `${e.type} ${e.from} ${e.to}`;
    expect(bare.neighbourhood.edges.map(key)).toEqual(withEvidence.neighbourhood.edges.map(key));
    expect(withEvidence.neighbourhood.edges.length).toBeGreaterThan(0);
    for (const e of withEvidence.neighbourhood.edges)
      // A quote can skip a photo caption set inside its sentence: check its opening words.
      expect(squash(text)).toContain(squash(e.evidence?.quote ?? '(no evidence)').slice(0, 20));
  });

  test('lists co-advocates with the themes they share', async () => {
    const id = await personId('李萌');
    const d = await data<{
      coAdvocates: { person: { id: string }; sharedThemes: { name: string }[] }[];
    }>(
      api,
      'query ($id: ID!) { coAdvocates(person: $id) { person { id } sharedThemes { name } } }',
      { id },
    );
    expect(d.coAdvocates.length).toBeGreaterThan(0);
    for (const a of d.coAdvocates) {
      expect(a.person.id).not.toBe(id);
      expect(a.sharedThemes.length).toBeGreaterThan(0);
    }
  });

  test('gives themes with counts whose trend adds up to them', async () => {
    const d = await data<{
      themes: {
        edges: { node: { proposalCount: number; trend: { period: string; count: number }[] } }[];
      };
    }>(
      api,
      '{ themes(first: 5) { edges { node { proposalCount trend(by: MONTH) { period count } } } } }',
    );
    expect(d.themes.edges.length).toBeGreaterThan(0);
    for (const { node } of d.themes.edges) {
      expect(node.trend.reduce((s, p) => s + p.count, 0)).toBe(node.proposalCount);
      for (const p of node.trend) expect(p.period).toMatch(/^\d{4}-\d{2}$|^undated$/);
    }
  });

  test('pages with cursors and refuses pages over 100', async () => {
    type Page = {
      people: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        totalCount: number;
      };
    };
    const q = `query ($after: String) { people(first: 2, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }`;
    const one = await data<Page>(api, q);
    const two = await data<Page>(api, q, { after: one.people.pageInfo.endCursor });
    expect(one.people.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(two.people.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...one.people.edges, ...two.people.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(one.people.totalCount).toBeGreaterThanOrEqual(4);
    const big = await gql(api, '{ people(first: 101) { totalCount } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('fetches any object again by its global id', async () => {
    const id = await personId('李萌');
    const d = await data<{ node: { __typename: string; name: string } }>(
      api,
      'query ($id: ID!) { node(id: $id) { __typename ... on Person { name } } }',
      { id },
    );
    expect(d.node).toEqual({ __typename: 'Person', name: '李萌' });
  });

  test("gives a meeting's documents with the time each was read, as evidence gives it", async () => {
    type Doc = { id: string; ingestedAt: string };
    type Meeting = {
      documents: Doc[];
      proposals: { edges: { node: { evidence: { document: Doc } } }[] };
    };
    const m = await data<{ meetings: { edges: { node: Meeting }[] } }>(
      api,
      `{ meetings(first: 5) { edges { node { documents { id ingestedAt }
        proposals(first: 1) { edges { node { evidence { document { id ingestedAt } } } } } } } } }`,
    );
    const meetings = m.meetings.edges.map((e) => e.node);
    expect(meetings.flatMap((x) => x.documents).length).toBeGreaterThan(0);
    let compared = 0;
    for (const x of meetings)
      for (const d of x.documents) {
        expect(d.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
        const read = x.proposals.edges
          .map((e) => e.node.evidence.document)
          .find((e) => e.id === d.id);
        if (!read) continue;
        expect(new Date(d.ingestedAt).getTime()).toBe(new Date(read.ingestedAt).getTime());
        compared++;
      }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('efficiency', () => {
  // The busiest people first: other test files ingest reports into this database meanwhile, and
  // a first page of people with no posts would leave whole levels of loaders idle.
  const deep = (first: number): string => `{
    people(first: ${first}, orderBy: PROPOSALS) { edges { node { name
      posts { title organisation { name posts(first: 3) { person { name } } } evidence { quote document { source } } }
      proposals(first: 3) { totalCount edges { node { text themes { name proposalCount } meeting { name }
        speaker { name } evidence { context } } } }
      attended { venue meeting { name } }
      themes { count theme { name } } } } } }`;

  test('sends the same Cypher queries for 30 people as for 3, each at most once per path (no N+1)', async () => {
    const sent = async (first: number): Promise<string[]> => {
      const before = queries.length;
      await data(api, deep(first));
      return queries.slice(before).map((q) => q.useCase);
    };
    const small = await sent(3);
    const large = await sent(30);
    expect(new Set(large)).toEqual(new Set(small));
    // A loader reached along two paths (documents: from posts' and from proposals' evidence)
    // sends one batch per path when the paths' parent rows arrive in different ticks, which
    // is timing; N+1 would send one per parent.
    const most = Math.max(...[...new Set(large)].map((u) => large.filter((x) => x === u).length));
    expect(most).toBeLessThanOrEqual(2);
    expect(large.length).toBeLessThanOrEqual(20);
  });

  test('reads a person profile in one statement per level: the person, their lists, the lists of those', async () => {
    const id = await personId('李萌');
    const before = queries.length;
    const d = await data<{ node: { proposals: { edges: { node: { themes: unknown[] } }[] } } }>(
      api,
      `query ($id: ID!) { node(id: $id) { ... on Person { name
        posts { title organisation { name } } attended { meeting { name } } themes { count }
        proposals(first: 5) { totalCount edges { node { text themes { name proposalCount } } } } } } }`,
      { id },
    );
    expect(d.node.proposals.edges.length).toBeGreaterThan(0);
    expect(queries.slice(before).map((q) => q.useCase)).toEqual([
      'api-nodes',
      unionName([
        'api-person-themes',
        'api-related-out/ATTENDS',
        'api-related-out/HOLDS_POST',
        'api-related-out/PROPOSES',
      ]),
      unionName(['api-related-out/ABOUT']),
      unionName(['api-count-in/ABOUT']),
    ]);
  });

  test('reads a neighbourhood in one statement per level, the start node with the first', async () => {
    const id = await personId('李萌');
    const before = queries.length;
    const d = await data<{ neighbourhood: { nodes: { id: string }[] } }>(
      api,
      'query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 20) { nodes { id } edges { type } } }',
      { id },
    );
    expect(d.neighbourhood.nodes[0]?.id).toBe(id);
    expect(d.neighbourhood.nodes.length).toBeGreaterThan(1);
    expect(queries.slice(before).map((q) => q.useCase)).toEqual([
      'api-neighbours',
      'api-neighbours',
    ]);
  });
});

describe('safety', () => {
  test('refuses a query nested too deep, before running it', async () => {
    const nest = (n: number): string =>
      n === 0 ? 'name' : `posts { organisation { posts { person { ${nest(n - 1)} } } } }`;
    const before = queries.length;
    const r = await gql(api, `{ person(name: "李萌") { ${nest(4)} } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/depth/);
    expect(queries.length).toBe(before);
  });

  test('refuses more than 20 root fields, aliases counted, before running any', async () => {
    const fields = (n: number): string =>
      Array.from({ length: n }, (_, i) => `a${i}: whoAdvocated(theme: "算力") { count }`).join(' ');
    const before = queries.length;
    const r = await gql(api, `{ ${fields(21)} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/21 root fields/);
    expect(queries.length).toBe(before);
    const ok = await data<Record<string, { count: number }[]>>(api, `{ ${fields(20)} }`);
    expect(Object.keys(ok)).toHaveLength(20);
  });

  test('refuses aliased introspection fields past the root-field limit, and thousands of them unparsed', async () => {
    const aliases = (n: number): string =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
    const some = await gql(api, aliases(21));
    expect(some.status).toBe(400);
    expect(some.errors?.[0]?.message).toMatch(/21 root fields/);
    // 27,000 tokens: the parser stops at its limit, before validation walks them.
    const many = await gql(api, aliases(3000));
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(many.errors?.[0]?.message).toMatch(/15000 tokens/);
  });

  test('refuses a fan-out of fragment spreads by its cost, answering at once', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? 'fragment F0 on Person { name }'
        : `fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`,
    );
    const r = await gql(api, `{ person(name: "李萌") { ...F29 } } ${fragments.join(' ')}`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/cost/);
  });

  test('refuses an answer larger than its cap with RESPONSE_TOO_LARGE', async () => {
    const small = await startApi({
      store: c.store,
      port: 0,
      host: '127.0.0.1',
      dev: false,
      maxResponseBytes: 2000,
    });
    try {
      const r = await gql(small, '{ __schema { types { name description } } }');
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      const ok = await gql(small, '{ __typename }');
      expect(ok.data).toEqual({ __typename: 'Query' });
    } finally {
      await small.close();
    }
  });

  test('refuses a query that would cost too much', async () => {
    const r = await gql(
      api,
      `{ people(first: 100) { edges { node { posts(first: 100) { organisation {
         posts(first: 100) { person { name } } } } } } } }`,
    );
    expect(r.errors?.[0]?.message).toMatch(/cost/);
  });

  test('answers a bad id with BAD_USER_INPUT and no stack trace', async () => {
    const r = await gql(api, '{ node(id: "not-an-id") { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  test('answers a syntax error with a parse error code', async () => {
    const r = await gql(api, '{ people(first: ');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('refuses mutations without the API key, and with a wrong one', async () => {
    const m = `mutation ($i: IngestReportInput!) { ingestReport(input: $i) { outcome } }`;
    const variables = { i: { text: uniqueReport('api-nokey'), source: 'test/nokey.txt' } };
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong-key-0123456789' }];
    for (const headers of attempts) {
      const r = await gql(api, m, { variables, headers });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  test('ingests and deletes a report with the key, idempotently', async () => {
    const headers = { 'x-api-key': API_KEY };
    const m = `mutation ($i: IngestReportInput!) { ingestReport(input: $i) {
      outcome proposals document { id source } } }`;
    const input = {
      text: uniqueReport('api-mutation', sampleText()),
      source: 'test/api-mutation.txt',
      publishedAt: '2024-04-26',
    };
    type Out = { ingestReport: { outcome: string; proposals: number; document: { id: string } } };
    const first = await gql<Out>(api, m, { variables: { i: input }, headers });
    expect(first.data?.ingestReport.outcome).toBe('new');
    expect(first.data?.ingestReport.proposals).toBe(sample.proposals.length);
    const again = await gql<Out>(api, m, { variables: { i: input }, headers });
    expect(again.data?.ingestReport.outcome).toBe('unchanged');
    const id = first.data?.ingestReport.document.id;
    const del = await gql<{ deleteDocument: { deleted: boolean } }>(
      api,
      'mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }',
      { variables: { id }, headers },
    );
    expect(del.data?.deleteDocument.deleted).toBe(true);
    const gone = await data<{ node: unknown }>(api, 'query ($id: ID!) { node(id: $id) { id } }', {
      id,
    });
    expect(gone.node).toBeNull();
  });

  test('says how many speakers a report announces and how many were found, and when it is cut', async () => {
    const headers = { 'x-api-key': API_KEY };
    const m = `mutation ($i: IngestReportInput!) { ingestReport(input: $i) {
      warnings document { announcedSpeakers foundSpeakers truncated warnings } } }`;
    const input = {
      text: `${uniqueReport('api-recall', '')}\n\n市政协召开协商会，3位委员作大会发言。\n\n王建远委员建议，加快建设智慧社区。\n\n李晓远委员表示，应当加强社区养老服务体系的统筹规划和`,
      source: 'test/api-recall.txt',
    };
    type Doc = {
      announcedSpeakers: number;
      foundSpeakers: number;
      truncated: boolean;
      warnings: string[];
    };
    const r = await gql<{ ingestReport: { warnings: string[]; document: Doc } }>(api, m, {
      variables: { i: input },
      headers,
    });
    const doc = r.data?.ingestReport.document;
    expect(doc).toMatchObject({ announcedSpeakers: 3, foundSpeakers: 2, truncated: true });
    const kinds = await data<{
      whoAdvocated: { person: { name: string }; proposals: { kind: string }[] }[];
    }>(api, '{ whoAdvocated(text: "智慧社区") { person { name } proposals { kind } } }');
    expect(kinds.whoAdvocated.map((a) => [a.person.name, a.proposals.map((p) => p.kind)])).toEqual([
      ['王建远', ['MEMBER_PROPOSAL']],
    ]);
    expect(doc?.warnings).toContain('the report announces 3 speakers; 2 were found');
    expect(
      r.data?.ingestReport.warnings.some((w) => w.startsWith('the text stops mid-sentence')),
    ).toBe(true);
  });

  test('gives a body its proposals and a group its own kind of speaker', async () => {
    const text = `${uniqueReport('api-speakers', '')}\n\n民革中央建议，完善湿地补偿机制。\n\n委员们一致认为，要健全湿地监测网络。`;
    await gql(api, 'mutation($i: IngestReportInput!) { ingestReport(input: $i) { outcome } }', {
      variables: { i: { text, source: 'test/api-speakers.txt' } },
      headers: { 'x-api-key': API_KEY },
    });
    type Row = {
      text: string;
      kind: string;
      speakerKind: string;
      speakerName: string;
      speaker: { name: string } | null;
      organisation: { name: string } | null;
    };
    const r = await data<{ proposals: { edges: { node: Row }[] } }>(
      api,
      `{ proposals(filter: { text: "湿地" }) { edges { node {
        text kind speakerKind speakerName speaker { name } organisation { name } } } } }`,
    );
    const rows = r.proposals.edges.map((e) => e.node);
    expect(rows.map((p) => [p.text.slice(0, 6), p.kind, p.speakerKind, p.speakerName])).toEqual(
      expect.arrayContaining([
        ['完善湿地补偿', 'MEMBER_PROPOSAL', 'ORGANISATION', '民革中央'],
        ['要健全湿地监', 'COLLECTIVE', 'COLLECTIVE', '委员们'],
      ]),
    );
    const body = rows.find((p) => p.speakerKind === 'ORGANISATION');
    expect(body?.speaker).toBeNull();
    expect(body?.organisation?.name).toBeTruthy();
    const group = rows.find((p) => p.speakerKind === 'COLLECTIVE');
    expect([group?.speaker, group?.organisation]).toEqual([null, null]);
  });

  test('puts undated proposals in a period of their own, named in full, after the dated', async () => {
    const undated = `${uniqueReport('api-undated', '')}\n\n王建远委员建议，加快建设湿地候鸟保护区。`;
    await ingestGraph(c.store, {
      graph: await extract(undated, { source: 'test/api-undated.txt' }),
      text: undated,
    });
    const r = await data<{
      themes: { edges: { node: { name: string; trend: { period: string }[] } }[] };
    }>(api, '{ themes(first: 100) { edges { node { name trend(by: YEAR) { period } } } } }');
    const periods = r.themes.edges.map((e) => e.node.trend.map((p) => p.period));
    expect(periods.flat()).toContain('undated');
    for (const list of periods) {
      for (const p of list) expect(p).toMatch(/^\d{4}$|^undated$/);
      if (list.includes('undated')) expect(list.at(-1)).toBe('undated');
    }
  });

  test.each([
    ['English only', 'The committee met on Tuesday and discussed the budget at some length.'],
    ['control characters', `${uniqueReport('api-nul', '')}\u0000\u0001`],
    ['random text', 'q8#Lk2@v!x9Zr&0pW3^mN7*tB5%yH1 '.repeat(20)],
  ])('refuses %s as BAD_USER_INPUT and stores nothing', async (_what, text) => {
    const count = async (): Promise<number> => {
      const r = await c.store.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {});
      return Number(r.records[0]?.get('n'));
    };
    const before = await count();
    const r = await gql(
      api,
      'mutation ($i: IngestReportInput!) { ingestReport(input: $i) { outcome } }',
      {
        variables: { i: { text, source: 'test/not-a-report.txt' } },
        headers: { 'x-api-key': API_KEY },
      },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/BAD_INPUT_(NOT_A_REPORT|BINARY)/);
    expect(await count()).toBe(before);
  });

  test('reads HTML sent through the API as its body text, its scripts not people', async () => {
    const body = `${uniqueReport('api-html', '')}\n\n王建远委员建议，加快建设智慧社区。`;
    const html = `<html><body><script>var 张三丰委员建议 = 1;</script><p>${body.replace(/\n\n/g, '</p><p>')}</p></body></html>`;
    const r = await gql<{ ingestReport: { warnings: string[] } }>(
      api,
      'mutation ($i: IngestReportInput!) { ingestReport(input: $i) { warnings } }',
      {
        variables: { i: { text: html, source: 'test/api-html.txt' } },
        headers: { 'x-api-key': API_KEY },
      },
    );
    expect(r.data?.ingestReport.warnings.join()).toMatch(/HTML page/);
    const who = await data<{ person: unknown }>(api, '{ person(name: "张三丰") { name } }');
    expect(who.person).toBeNull();
  });

  test('refuses an empty report as BAD_USER_INPUT', async () => {
    const r = await gql(
      api,
      'mutation { ingestReport(input: {text: "   ", source: "x"}) { outcome } }',
      { headers: { 'x-api-key': API_KEY } },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('GraphQL over HTTP', () => {
  // Apollo Server's deliberate differences (documented in docs/api.md): GET needs a CSRF
  // preflight header, and parse/validation failures answer 400 rather than 200.
  const EXCEPTIONS = new Set(['5A70', 'D6D5', '6A70', '572B', 'FDE2', '7B9B']);

  test('passes every MUST audit of graphql-http, and fails no audit outside the known list', async () => {
    const results = await auditServer({ url: api.url });
    const failed = results.filter((r) => r.status !== 'ok');
    expect(failed.filter((r) => r.name.startsWith('MUST'))).toEqual([]);
    expect(failed.map((r) => r.id).filter((id) => !EXCEPTIONS.has(id))).toEqual([]);
  });

  test('tells HTTP caches not to keep an answer, and sends no ETag, with the response cache on', async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ themes { totalCount } }')}`, {
      // A header of its own, as Apollo's CSRF prevention asks of a GET.
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('no-store');
    // Nothing is kept, so nothing is revalidated: no ETag.
    expect(get.headers.get('etag')).toBeNull();
    const post = await gql(api, '{ themes { totalCount } }');
    expect(post.status).toBe(200);
  });

  // Refusals before GraphQL: each a JSON error with its HTTP status, never an HTML page.
  test.each([
    [
      'a body that is not JSON',
      { 'content-type': 'application/json' },
      '{"query":',
      400,
      'BAD_REQUEST',
    ],
    [
      'a charset other than UTF-8',
      { 'content-type': 'application/json; charset=latin1' },
      '{"query":"{ __typename }"}',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unknown content-encoding',
      { 'content-type': 'application/json', 'content-encoding': 'zip' },
      '{"query":"{ __typename }"}',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a body that says gzip and is not',
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      '{"query":"{ __typename }"}',
      400,
      'BAD_REQUEST',
    ],
    [
      'a body that is not valid UTF-8',
      { 'content-type': 'application/json' },
      Buffer.concat([
        Buffer.from('{"query":"{ person(name: \\"'),
        Buffer.from([0xc3, 0x28, 0xe6, 0x9d]),
        Buffer.from('\\") { name } }"}'),
      ]),
      400,
      'BAD_REQUEST',
    ],
    [
      'a body over 8 MB',
      { 'content-type': 'application/json' },
      `{"query":"{ __typename }","x":"${'a'.repeat(9_000_000)}"}`,
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a gzip body that inflates past 8 MB',
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      gzipSync(Buffer.alloc(20_000_000, 0x20)),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('refuses %s with a JSON error', async (_what, headers, body, status, code) => {
    const res = await fetch(api.url, { method: 'POST', headers, body });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe(code);
  });

  test('reads a gzip-compressed request body', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: '{ themes { totalCount } }' })),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { data: { themes: { totalCount: number } } };
    expect(answer.data.themes.totalCount).toBeGreaterThan(0);
  });

  test('keeps serving after clients hang up in the middle of a body, plain or gzip', async () => {
    const { hostname, port } = new URL(api.url);
    const halfSent = (encoding: string, part: Buffer): Promise<void> =>
      new Promise((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
              `Content-Encoding: ${encoding}\r\nContent-Length: 1000\r\n\r\n`,
          );
          socket.write(part, () => setTimeout(() => resolve(void socket.destroy()), 100));
        });
        socket.on('error', reject);
      });
    await halfSent('identity', Buffer.from('{"query":'));
    await halfSent('gzip', gzipSync('{"query":"{ __typename }"}').subarray(0, 10));
    const r = await gql(api, '{ __typename }');
    expect(r.status).toBe(200);
  });

  test('answers an unknown path 404 and a POST to /healthz 405, as JSON', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    // `/` is the explorer's (test/api/explorer.test.ts).
    for (const path of ['/nothing', '/constructor', '/__proto__', '/assets', '/person']) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.json()).toEqual({ error: 'not found' });
    }
    const post = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  test('answers /healthz and /readyz', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
  });
});
