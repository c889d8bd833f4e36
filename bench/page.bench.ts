/**
 * npm run bench:page — the first meaningful paint of a search for the person with most
 * proposals (read from the API: the example in the bundled reports) on this machine: `kg serve` as
 * `npm start` runs it (its own embedded Neo4j, the bundled reports), and headless Chromium
 * loading the search page ROUNDS times. Cold: a new browser context each time (no cache, no
 * connection). Warm: the same context again (scripts cached, as for a returning analyst).
 * Each load is timed from navigation start to the results on screen (the page's `kg:results`
 * mark, set in the frame after they render) and to the first contentful paint. Prints medians
 * and the slowest, and the size of what the first paint needs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { WEB_DIR } from '../src/api/explorer';
import { launchChromium } from './chromium';
import { median } from './harness';
import { startServe } from './served';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const TARGET_MS = 1000;

interface Load {
  results: number;
  fcp: number;
}

async function load(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator('[data-ready="search"]').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('kg:results').length > 0);
    return await page.evaluate(() => ({
      results: performance.getEntriesByName('kg:results')[0]?.startTime ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
  } finally {
    await page.close();
  }
}

/** The explorer's first chunk: the page and what it names (lazy chunks load later). */
function firstPaintBytes(): { raw: number; gzip: number } {
  const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  const files = [
    'index.html',
    ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(WEB_DIR, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

function allBytes(): number {
  const walk = (d: string): number =>
    readdirSync(d).reduce((n, f) => {
      const p = join(d, f);
      return n + (statSync(p).isDirectory() ? walk(p) : statSync(p).size);
    }, 0);
  return walk(WEB_DIR);
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const served = await startServe();
  const browser = await launchChromium();
  try {
    const top = await fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ people(orderBy: PROPOSALS, first: 1) { edges { node { name } } } }',
      }),
    });
    const name = (
      (await top.json()) as { data: { people: { edges: { node: { name: string } }[] } } }
    ).data.people.edges[0]?.node.name;
    if (!name) throw new Error('the bundled reports name no one');
    const url = `${served.origin}/?q=${encodeURIComponent(name)}`;
    // One load first: Neo4j's first search compiles its plan; no analyst meets that twice.
    const warmup = await browser.newContext();
    await load(warmup, url);
    const cold: Load[] = [];
    const warm: Load[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext();
      cold.push(await load(context, url));
      warm.push(await load(context, url));
      await context.close();
    }
    await warmup.close();
    const first = firstPaintBytes();
    const row = (name: string, loads: Load[]) => {
      const results = loads.map((l) => l.results);
      return `| ${name} | ${ms(median(results))} | ${ms(Math.max(...results))} | ${ms(median(loads.map((l) => l.fcp)))} |`;
    };
    process.stdout.write(
      [
        `first meaningful paint of /?q=${name}, ${ROUNDS} loads each (target < ${TARGET_MS} ms)`,
        '',
        '| load | results on screen, median | slowest | first contentful paint, median |',
        '| --- | --- | --- | --- |',
        row('cold (new context)', cold),
        row('warm (assets cached)', warm),
        '',
        `first paint needs ${kb(first.raw)} (${kb(first.gzip)} gzipped); dist/web in all ${kb(allBytes())}`,
        '',
      ].join('\n'),
    );
    if (median(cold.map((l) => l.results)) >= TARGET_MS) process.exitCode = 1;
  } finally {
    await browser.close();
    await served.stop();
  }
}

void main();
