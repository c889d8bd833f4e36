/**
 * Every view has its own URL, so a view can be shared and the back button works: the route is
 * read from the location, and links push a new entry to the history. The server answers each
 * of these paths with the same page (src/api/explorer.ts, PAGE_PATHS).
 */

export const NODE_PAGES = ['person', 'organisation', 'meeting', 'theme', 'proposal'] as const;
export type NodePage = (typeof NODE_PAGES)[number];

export type Route =
  | { page: 'home' }
  | { page: 'search'; q: string }
  | { page: NodePage; id: string }
  | { page: 'report'; id: string; start: number | null; end: number | null }
  | { page: 'graph'; id: string; depth: number; hidden: string[] }
  | { page: 'path'; from: string | null; to: string | null }
  | { page: 'matrix'; meeting: string | null; kind: 'PHRASE' | 'AREA' }
  | { page: 'missing'; path: string };

/** The page of a node, by its GraphQL type. */
export const PAGE_OF_TYPE: Record<string, NodePage | undefined> = {
  Person: 'person',
  Organisation: 'organisation',
  Meeting: 'meeting',
  Theme: 'theme',
  Proposal: 'proposal',
};

function intOf(v: string | null): number | null {
  if (v === null || !/^\d+$/.test(v)) return null;
  return Number(v);
}

export function parseRoute(location: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(location.search);
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id] = parts;
  if (!first) {
    const q = params.get('q')?.trim();
    return q ? { page: 'search', q } : { page: 'home' };
  }
  if (parts.length === 2 && id) {
    if ((NODE_PAGES as readonly string[]).includes(first)) return { page: first as NodePage, id };
    if (first === 'report')
      return {
        page: 'report',
        id,
        start: intOf(params.get('start')),
        end: intOf(params.get('end')),
      };
    if (first === 'graph')
      return {
        page: 'graph',
        id,
        depth: Math.min(3, Math.max(1, intOf(params.get('depth')) ?? 1)),
        hidden: (params.get('hide') ?? '').split(',').filter(Boolean),
      };
  }
  if (parts.length === 1 && first === 'path')
    return { page: 'path', from: params.get('from'), to: params.get('to') };
  if (parts.length === 1 && first === 'matrix')
    return {
      page: 'matrix',
      meeting: params.get('meeting'),
      kind: params.get('kind') === 'AREA' ? 'AREA' : 'PHRASE',
    };
  return { page: 'missing', path: location.pathname };
}

function withQuery(path: string, params: Record<string, string | number | null | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function hrefOf(r: Route): string {
  switch (r.page) {
    case 'home':
      return '/';
    case 'search':
      return withQuery('/', { q: r.q });
    case 'report':
      return withQuery(`/report/${encodeURIComponent(r.id)}`, { start: r.start, end: r.end });
    case 'graph':
      return withQuery(`/graph/${encodeURIComponent(r.id)}`, {
        depth: r.depth === 1 ? null : r.depth,
        hide: r.hidden.join(','),
      });
    case 'path':
      return withQuery('/path', { from: r.from, to: r.to });
    case 'matrix':
      return withQuery('/matrix', {
        meeting: r.meeting,
        kind: r.kind === 'PHRASE' ? null : r.kind,
      });
    case 'missing':
      return r.path;
    default:
      return `/${r.page}/${encodeURIComponent(r.id)}`;
  }
}

/** The page of a node given its GraphQL type (a report's is its text), or null for none. */
export function nodeHref(typename: string, id: string): string | null {
  if (typename === 'Document') return hrefOf({ page: 'report', id, start: null, end: null });
  const page = PAGE_OF_TYPE[typename];
  return page ? hrefOf({ page, id }) : null;
}
