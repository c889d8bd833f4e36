import { z } from 'zod';
import { fold } from '../../domain/fold';
import { themeKey } from '../../domain/themeKey';
import { KgError } from '../../domain/errors';
import type { ApiContext } from '../context';
import type { QueryResolvers, Resolvers } from '../generated/resolvers';
import { factUid, globalId } from '../ids';
import { toFact } from '../loaders';
import {
  PersonModel,
  ProposalModel,
  RelProps,
  ThemeModel,
  evidenceOf,
  type FactModel,
  type GraphEdgeModel,
} from '../models';
import { selects } from '../selection';
import { firstOf, notFound, UserText } from './shared';

const LABEL = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  PROPOSAL: 'Proposal',
  THEME: 'Theme',
  MEETING: 'Meeting',
} as const;
const Depth = z.number().int().min(1, 'depth is 1–3').max(3, 'depth is 1–3');
const Limit = z.number().int().min(1, 'limit is 1–100').max(100, 'limit is 1–100');
const Hops = z.number().int().min(1, 'maxHops is 1–4').max(4, 'maxHops is 1–4');
const PER_PERSON = 10;

/** Whitespace-separated terms, folded to one script: what a full-text query is built from. */
function terms(query: string): string[] {
  return UserText.parse(query)
    .split(/\s+/)
    .map((t) => fold(t))
    .filter(Boolean);
}

/**
 * Lucene syntax from user text: every term becomes a quoted phrase (all must match), so no
 * character the user types is ever an operator.
 */
export function luceneQuery(ts: string[]): string {
  return ts.map((t) => `"${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(' AND ');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * Marks the terms in a text with <em>, overlapping or touching matches as one; fold() keeps
 * length, so folded offsets are the text's. Escapes runs, not characters: per character it
 * was a tenth of the API's CPU under search load.
 */
export function highlight(text: string, ts: string[]): string {
  const f = fold(text);
  const marks = new Uint8Array(text.length);
  for (const t of ts)
    for (let i = f.indexOf(t); i >= 0 && t.length > 0; i = f.indexOf(t, i + 1))
      marks.fill(1, i, i + t.length);
  let out = '';
  for (let i = 0; i < text.length;) {
    let end = i + 1;
    while (end < text.length && marks[end] === marks[i]) end++;
    const run = escapeHtml(text.slice(i, end));
    out += marks[i] ? `<em>${run}</em>` : run;
    i = end;
  }
  return out;
}

function displayText(n: FactModel, ts: string[]): string {
  if (n.label === 'Proposal') return n.text;
  if (n.label === 'Person' || n.label === 'Organisation') {
    const names = [n.name, ...n.aliases];
    return names.find((x) => ts.some((t) => fold(x).includes(t))) ?? n.name;
  }
  if (n.label === 'Meeting') {
    // A meeting is found by its name, topic or place: show the name with what matched.
    const more = [n.topic, n.location].filter((x): x is string => !!x);
    const hit = more.find((x) => ts.some((t) => fold(x).includes(t)));
    return hit && !fold(n.name).includes(fold(hit)) ? `${n.name}：${hit}` : n.name;
  }
  return n.name;
}

interface RawEdge {
  type: string;
  from: string;
  to: string;
  /** Null when the request did not ask for properties or evidence, so they were not read. */
  props: unknown;
}

function edgeModel(e: RawEdge, labels: Map<string, FactModel['label']>): GraphEdgeModel | null {
  const fromLabel = labels.get(e.from);
  const toLabel = labels.get(e.to);
  if (!fromLabel || !toLabel) return null;
  return {
    type: e.type,
    from: e.from,
    to: e.to,
    fromLabel,
    toLabel,
    props: e.props === null ? null : RelProps.parse(e.props),
  };
}

function propsOf(e: GraphEdgeModel): RelProps {
  if (!e.props)
    throw new KgError('INTERNAL_SERVER_ERROR', `the properties of a ${e.type} edge were not read`);
  return e.props;
}

/**
 * Breadth first, one query per level (at most three; the first also reads the start node):
 * nearest nodes first, and never more than `limit` nodes however dense the graph is around the
 * start. `props`: whether the request wants the edges' properties or evidence.
 */
async function neighbourhood(
  ctx: ApiContext,
  o: { id: string; depth: number; limit: number; props: boolean },
): Promise<{ nodes: FactModel[]; edges: GraphEdgeModel[]; truncated: boolean }> {
  const startUid = factUid(o.id);
  const nodes = new Map<string, FactModel>();
  const raw: RawEdge[] = [];
  let frontier = [startUid];
  let truncated = false;
  for (let level = 0; level < o.depth && frontier.length > 0; level++) {
    // The start counts among the nodes before the first step has read it.
    const room = o.limit - (level === 0 ? 1 : nodes.size);
    const [step] = await ctx.rows<{
      start: unknown;
      edges: [string, string, string, unknown][];
      nodes: unknown[];
      truncated: boolean;
    }>('api-neighbours', {
      start: level === 0 ? startUid : null,
      frontier,
      seen: level === 0 ? [startUid] : [...nodes.keys()],
      limit: room * 4 + 20,
      room,
      props: o.props,
    });
    if (level === 0) {
      if (!step?.start) throw notFound(`node with id ${o.id}`);
      nodes.set(startUid, toFact(step.start));
    }
    if (!step) break;
    const next = step.nodes.map(toFact);
    for (const n of next) nodes.set(n.uid, n);
    for (const [type, from, to, props] of step.edges) raw.push({ type, from, to, props });
    truncated ||= step.truncated;
    frontier = next.map((n) => n.uid);
  }
  const labels = new Map([...nodes].map(([uid, n]) => [uid, n.label]));
  const edges = raw.map((e) => edgeModel(e, labels)).filter((e) => e !== null);
  return { nodes: [...nodes.values()], edges, truncated };
}

/** Search, advocacy and relationship views. */
export const graphQueries: QueryResolvers = {
  search: async (_r, a, ctx) => {
    const ts = terms(a.query);
    const first = firstOf(a.first, 10);
    const labels = (a.types ?? Object.keys(LABEL)).map((t) => LABEL[t as keyof typeof LABEL]);
    const rows = await ctx.rows<{ node: unknown; score: number }>('api-search', {
      query: luceneQuery(ts),
      labels,
      first,
      fetch: first * 5 + 50,
    });
    return rows.map((r) => {
      const node = toFact(r.node);
      return { node, score: r.score, highlight: highlight(displayText(node, ts), ts) };
    });
  },
  whoAdvocated: async (_r, a, ctx) => {
    if ((a.theme == null) === (a.text == null))
      throw new KgError('BAD_USER_INPUT', 'give exactly one of theme and text');
    const first = firstOf(a.first);
    const rows =
      a.theme != null
        ? await ctx.rows<{ person: unknown; count: number; proposals: unknown[] }>(
            'api-advocates-theme',
            { theme: themeKey(UserText.parse(a.theme)), first, perPerson: PER_PERSON },
          )
        : await ctx.rows<{ person: unknown; count: number; proposals: unknown[] }>(
            'api-advocates-text',
            { query: luceneQuery(terms(a.text ?? '')), first, perPerson: PER_PERSON },
          );
    return rows.map((r) => ({
      person: PersonModel.parse(r.person),
      count: r.count,
      proposals: r.proposals.map((p) => ProposalModel.parse(p)),
    }));
  },
  neighbourhood: (_r, a, ctx, info) =>
    neighbourhood(ctx, {
      id: a.id,
      depth: Depth.parse(a.depth ?? 1),
      limit: Limit.parse(a.limit ?? 50),
      props: selects(info, ['edges'], ['properties', 'evidence']),
    }),
  paths: async (_r, a, ctx) => {
    const hops = Hops.parse(a.maxHops ?? 4);
    const ends = { from: factUid(a.from), to: factUid(a.to) };
    const [row] = await ctx.rows<{
      from: unknown;
      toFound: boolean;
      paths: { nodes: unknown[]; edges: RawEdge[] }[];
    }>(`api-paths/${hops}`, { ...ends, first: firstOf(a.first, 5) });
    if (!row?.from) throw notFound(`node with id ${a.from}`);
    if (!row.toFound) throw notFound(`node with id ${a.to}`);
    if (ends.from === ends.to) return [{ nodes: [toFact(row.from)], edges: [] }];
    return row.paths.map((p) => {
      const nodes = p.nodes.map(toFact);
      const labels = new Map(nodes.map((n) => [n.uid, n.label]));
      return { nodes, edges: p.edges.map((e) => edgeModel(e, labels)).filter((e) => e !== null) };
    });
  },
  possibleMatches: async (_r, a, ctx) => {
    const rows = await ctx.rows<{ a: unknown; b: unknown; score: number; reason: string }>(
      'api-possible-matches',
      { minScore: a.minScore ?? 0, first: firstOf(a.first) },
    );
    return rows.map((r) => ({
      a: PersonModel.parse(r.a),
      b: PersonModel.parse(r.b),
      score: r.score,
      reason: r.reason,
    }));
  },
  coAdvocates: async (_r, a, ctx) => {
    const rows = await ctx.rows<{ person: unknown; themes: unknown[] }>('api-co-advocates', {
      uid: factUid(a.person, 'Person'),
      first: firstOf(a.first),
    });
    return rows.map((r) => ({
      person: PersonModel.parse(r.person),
      sharedThemes: r.themes.map((t) => ThemeModel.parse(t)),
    }));
  },
};

const OWN = new Set(['doc', 'start', 'end', 'quote']);

export const graphTypes: Resolvers = {
  GraphEdge: {
    from: (e) => globalId(e.fromLabel, e.from),
    to: (e) => globalId(e.toLabel, e.to),
    properties: (e) =>
      JSON.stringify(Object.fromEntries(Object.entries(propsOf(e)).filter(([k]) => !OWN.has(k)))),
    evidence: (e) => evidenceOf(propsOf(e)),
  },
};
