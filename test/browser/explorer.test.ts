import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { startServe, type Served } from '../../bench/served';
import { launchChromium } from '../../bench/chromium';

// The explorer and the GraphQL IDE in headless Chromium, against `kg serve` as `npm start`
// runs it: its own embedded Neo4j and the bundled reports. What the page must show is read
// from the API over HTTP, never written into the test.

/** Screenshots, kept after the run (gitignored) for a person to look at. */
const SHOTS = join(projectRoot(), 'artifacts', 'browser');

let served: Served;
let browser: Browser;
let context: BrowserContext;
/** Every address a page of this run asked for. */
const requested: string[] = [];

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(served.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('request', (r) => requested.push(r.url()));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

interface Lead {
  person: {
    id: string;
    name: string;
    posts: { title: string }[];
    proposals: { edges: { node: { text: string; evidence: { quote: string } } }[] };
  };
}

let lead: Lead['person'];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [served, browser] = await Promise.all([startServe(), launchChromium()]);
  context = await browser.newContext({ locale: 'zh-CN' });
  const d = await api<Lead>(`{ person(name: "李萌") { id name posts { title }
    proposals(first: 5) { edges { node { text evidence { quote } } } } } }`);
  lead = d.person;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
}, 120_000);

test('a search for 李萌 lists her under People with her post, and the typeahead offers her', async () => {
  expect(lead.posts.length).toBeGreaterThan(0);
  const page = await newPage();
  await page.goto(`${served.origin}/?q=${encodeURIComponent('李萌')}`);
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('link', { name: lead.name }).waitFor();
  await expect(people.textContent()).resolves.toContain(lead.posts[0]?.title);
  await expect(page.locator('mark').first().textContent()).resolves.toBe(lead.name);
  await shot(page, 'search-results');

  // Typeahead, by keyboard only: type, arrow down to the first suggestion, Enter opens it.
  await page.goto(served.origin);
  const box = page.getByRole('combobox');
  await box.fill('李萌');
  await page.getByRole('option').first().waitFor();
  await expect(page.getByRole('option').first().textContent()).resolves.toContain(lead.name);
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.waitForURL(/\/person\//);
  await page.getByRole('heading', { level: 1, name: lead.name }).waitFor();
  await page.close();
}, 120_000);

test("her page shows a proposal with its evidence sentence marked in the report's text", async () => {
  const first = lead.proposals.edges[0]?.node;
  expect(first).toBeDefined();
  const page = await newPage();
  await page.goto(`${served.origin}/?q=${encodeURIComponent('李萌')}`);
  await page.getByRole('region', { name: 'People' }).getByRole('link', { name: lead.name }).click();
  await page.locator('[data-ready="person"]').waitFor();
  const proposals = page.getByRole('region', { name: 'Proposals' });
  await expect(proposals.textContent()).resolves.toContain(first?.text);
  const quote = proposals.locator('mark.quote').first();
  await expect(quote.textContent()).resolves.toBe(first?.evidence.quote);
  await shot(page, 'person');

  // The evidence's source opens the report itself with the same sentence marked.
  await proposals.locator('figure.evidence figcaption a').first().click();
  await page.locator('[data-ready="report"]').waitFor();
  await expect(page.locator('.report-text mark.quote').textContent()).resolves.toBe(
    first?.evidence.quote,
  );
  await shot(page, 'report');

  // Deep links and the back button: back is her page again.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: lead.name }).waitFor();
  await page.close();
}, 120_000);

interface Neighbourhood {
  neighbourhood: { nodes: { __typename: string; id: string; name?: string }[] };
}

const NEIGHBOURS = `query ($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 100) {
  nodes { __typename id ... on Organisation { name } } } }`;
const CPPCC = /^全[國国]政[協协]$/;

/** What the page exposes of its graph (web/src/graph/GraphCanvas.tsx), typed for this file. */
interface Point {
  x: number;
  y: number;
}
interface PageWindow {
  kgGraph?: {
    getElementById(id: string): { length: number; renderedPosition(): Point };
    edges(): { first(): { length: number; renderedMidpoint(): Point } };
  };
  innerWidth: number;
  document: { documentElement: { scrollWidth: number } };
}
/** Clicks a node of the Cytoscape canvas where it is drawn, as a user would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const canvas = await page.locator('.graph-canvas[data-ready="yes"]').boundingBox();
  const at = await page.evaluate((nodeId) => {
    const n = (globalThis as unknown as PageWindow).kgGraph?.getElementById(nodeId);
    return n && n.length ? n.renderedPosition() : null;
  }, id);
  if (!canvas || !at) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
}

test('the relationship graph re-centres on a clicked node, through to 全國政協', async () => {
  // Where 全國政協 is: next to her, or next to one of her neighbours (her meeting's convenor).
  const around = (await api<Neighbourhood>(NEIGHBOURS, { id: lead.id })).neighbourhood.nodes;
  const isCppcc = (n: { __typename: string; name?: string }) =>
    n.__typename === 'Organisation' && CPPCC.test(n.name ?? '');
  let via: string | null = null;
  let cppcc = around.find(isCppcc);
  for (const n of around.filter((x) => x.id !== lead.id && x.__typename === 'Meeting')) {
    if (cppcc) break;
    const next = (await api<Neighbourhood>(NEIGHBOURS, { id: n.id })).neighbourhood.nodes;
    cppcc = next.find(isCppcc);
    if (cppcc) via = n.id;
  }
  if (!cppcc) throw new Error('全國政協 is not within two hops of 李萌 in the bundled reports');

  const page = await newPage();
  await page.goto(`${served.origin}/person/${encodeURIComponent(lead.id)}`);
  await page.getByRole('link', { name: 'Relationship graph' }).click();
  await page.locator('.graph-canvas[data-ready="yes"]').waitFor();
  await shot(page, 'graph-person');

  // A click on a relationship shows its evidence.
  const edge = await page.evaluate(() => {
    const e = (globalThis as unknown as PageWindow).kgGraph?.edges().first();
    return e && e.length ? e.renderedMidpoint() : null;
  });
  if (!edge) throw new Error('no relationship is drawn');
  const canvas = await page.locator('.graph-canvas').boundingBox();
  await page.mouse.click((canvas?.x ?? 0) + edge.x, (canvas?.y ?? 0) + edge.y);
  await page.getByRole('region', { name: 'the chosen relationship' }).waitFor();

  if (via) {
    await clickNode(page, via);
    await page.waitForURL(new RegExp(`/graph/${encodeURIComponent(via)}`));
    await page.locator('.graph-canvas[data-ready="yes"]').waitFor();
  }
  await clickNode(page, cppcc.id);
  await page.waitForURL(new RegExp(`/graph/${encodeURIComponent(cppcc.id)}`));
  await page.getByRole('heading', { level: 1, name: cppcc.name }).waitFor();
  await page.locator('.graph-canvas[data-ready="yes"]').waitFor();
  await shot(page, 'graph-cppcc');

  // The back button walks back through the centres.
  await page.goBack();
  await page.waitForURL(new RegExp(`/graph/${encodeURIComponent(via ?? lead.id)}`));
  await page.close();
}, 120_000);

test('a theme page draws its timeline with the counts the API gives', async () => {
  const d = await api<{
    themes: {
      edges: { node: { id: string; name: string; trend: { period: string; count: number }[] } }[];
    };
  }>(
    `{ themes(filter: { kind: AREA }, first: 1) { edges { node { id name trend(by: YEAR) { period count } } } } }`,
  );
  const theme = d.themes.edges[0]?.node;
  if (!theme) throw new Error('the bundled reports have no policy area');
  const page = await newPage();
  await page.goto(`${served.origin}/theme/${encodeURIComponent(theme.id)}`);
  await page.locator('[data-ready="theme"]').waitFor();
  await page.locator('figure.timeline[data-drawn="yes"]').waitFor();
  const canvas = await page.locator('figure.timeline canvas').boundingBox();
  expect(canvas?.height).toBeGreaterThan(100);
  await page.locator('figure.timeline summary').click();
  const rows = await page.locator('.trend-table tbody tr').allTextContents();
  for (const p of theme.trend.filter((t) => t.count > 0))
    expect(rows.some((r) => r.startsWith(p.period) && r.includes(String(p.count)))).toBe(true);
  await shot(page, 'theme');
  await page.close();
}, 120_000);

test('who advocated what: a people × themes matrix for the corpus and for a meeting', async () => {
  const page = await newPage();
  await page.goto(`${served.origin}/matrix`);
  await page.locator('table.matrix').waitFor();
  const cells = await page.locator('table.matrix tbody td').allTextContents();
  expect(cells.some((c) => Number(c) > 0)).toBe(true);
  await page.locator('.matrix-controls select').selectOption({ index: 1 });
  await page.waitForURL(/meeting=/);
  await page.locator('table.matrix, .state.empty').first().waitFor();
  await shot(page, 'matrix');
  await page.close();
}, 120_000);

test('/graphql in a browser is GraphiQL, offline, with the README examples, and runs a query', async () => {
  const page = await newPage();
  await page.goto(`${served.origin}/graphql`);
  await page.locator('.graphiql-container').waitFor();
  const tabs = await page.locator('.graphiql-tab').count();
  expect(tabs).toBeGreaterThanOrEqual(3);
  // The documentation explorer is open on screen (GraphiQL hides a pane at x = -1000) and
  // lists the schema's root types: the schema has arrived.
  await page.getByText('Root Types').first().waitFor();
  const docs = await page.locator('.graphiql-doc-explorer').boundingBox();
  expect(docs?.x).toBeGreaterThanOrEqual(0);
  expect(docs?.width).toBeGreaterThan(150);
  // The first tab holds the README's first example; run it (the editor must hold it first:
  // on a busy machine a click before that ran nothing).
  await page.locator('.graphiql-query-editor').getByText('whoAdvocated').first().waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page
    .locator('.result-window .CodeMirror')
    .getByText('"data"')
    .first()
    .waitFor({ timeout: 60_000 });
  await shot(page, 'graphiql');
  await page.close();
}, 120_000);

test('the path finder joins two people picked by name, in the other script', async () => {
  const chair = await api<{ person: { id: string; name: string } | null }>(
    '{ person(name: "王沪宁") { id name } }',
  );
  if (!chair.person) throw new Error('the bundled reports name no 王滬寧');
  const expected = await api<{ paths: { nodes: { id: string }[] }[] }>(
    'query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { nodes { id } } }',
    { from: lead.id, to: chair.person.id },
  );
  expect(expected.paths.length).toBeGreaterThan(0);
  const page = await newPage();
  await page.goto(`${served.origin}/person/${encodeURIComponent(lead.id)}`);
  await page.getByRole('link', { name: 'Find a path to…' }).click();
  const to = page.locator('#path-to');
  await to.fill('王沪宁');
  await page.locator('#path-to-suggestions [role="option"]').first().waitFor();
  await to.press('ArrowDown');
  await to.press('Enter');
  await page.waitForURL(/to=/);
  await page.locator('[data-ready="paths"]').waitFor();
  const chains = page.locator('ol.paths > li');
  await expect(chains.count()).resolves.toBe(expected.paths.length);
  const ends = await chains.first().locator('.chain-node').allTextContents();
  expect([ends[0], ends[ends.length - 1]]).toEqual([lead.name, chair.person.name]);
  await shot(page, 'path');
  await page.close();
}, 120_000);

test('the pages fit a phone, and every request stays on the server', async () => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(`${served.origin}/person/${encodeURIComponent(lead.id)}`);
  await page.locator('[data-ready="person"]').waitFor();
  const overflow = await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'person-phone');
  await page.close();
  const outside = requested.filter((u) => !u.startsWith(served.origin) && !/^(data|blob):/.test(u));
  expect(outside).toEqual([]);
  expect(requested.length).toBeGreaterThan(10);
}, 120_000);

test('with Neo4j gone the page says the database is not answering, not a blank page', async () => {
  const { stopEmbedded } = await import('../../src/store/embedded');
  await stopEmbedded(served.dataDir);
  const page = await newPage();
  // A question not asked before: the response cache may still answer ones it has seen.
  await page.goto(`${served.origin}/?q=${encodeURIComponent('协商不曾问过')}`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 60_000 });
  await expect(alert.textContent()).resolves.toMatch(/database is not answering/);
  await shot(page, 'database-down');
  await page.close();
}, 120_000);
