import { z } from 'zod';
import { KgError } from '../domain/errors';
import type { ConnectionModel } from './models';

export const MAX_PAGE = 100;

/** Page size: 0–100 (BAD_USER_INPUT beyond, never silently clipped). */
export const First = z
  .number()
  .int()
  .min(0, 'first must be at least 0')
  .max(MAX_PAGE, `first must be at most ${MAX_PAGE}`);

/** Cursors are opaque offsets: stable for a given ordering, cheap with SKIP. */
export function cursorAt(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m?.[1]) throw new KgError('BAD_USER_INPUT', 'after is not a cursor of this API');
  return Number(m[1]) + 1;
}

export interface Page {
  skip: number;
  limit: number;
}

export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  return { skip: offsetAfter(args.after), limit: First.parse(args.first ?? 20) };
}

/** A connection from a page read with one extra row (so hasNextPage needs no count). */
export function connection<T>(
  rows: T[],
  page: Page,
  total: () => Promise<number>,
): ConnectionModel<T> {
  return {
    nodes: rows.slice(0, page.limit),
    offset: page.skip,
    hasNextPage: rows.length > page.limit,
    total,
  };
}

export function connectionResolvers<T>(): {
  edges: (c: ConnectionModel<T>) => { cursor: string; node: T }[];
  pageInfo: (c: ConnectionModel<T>) => {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: (c: ConnectionModel<T>) => Promise<number>;
} {
  return {
    edges: (c) => c.nodes.map((node, i) => ({ cursor: cursorAt(c.offset + i), node })),
    pageInfo: (c) => ({
      hasNextPage: c.hasNextPage,
      hasPreviousPage: c.offset > 0,
      startCursor: c.nodes.length ? cursorAt(c.offset) : null,
      endCursor: c.nodes.length ? cursorAt(c.offset + c.nodes.length - 1) : null,
    }),
    totalCount: (c) => c.total(),
  };
}
