import { z } from 'zod';
import { KgError } from '../../domain/errors';
import type { StoredRelType } from '../../store/cypher';
import type { ApiContext } from '../context';
import {
  NodeModel,
  evidenceOf,
  type ConnectionModel,
  type EvidenceModel,
  type FactModel,
  type RelationModel,
} from '../models';
import type { Direction } from '../loaders';
import { connection, First, pageOf, type Page } from '../pagination';

/** Text a user types (a name, a filter, a search): trimmed, not empty, at most 200 characters. */
export const UserText = z
  .string()
  .trim()
  .min(1, 'the text may not be empty')
  .max(200, 'the text may have at most 200 characters');

/** The `first` of a nested list, checked like a page size. */
export const firstOf = (n: number | null | undefined, fallback = 20): number =>
  First.parse(n ?? fallback);

/** The node at one end of a relationship, when it is of the wanted type. */
export function endOf<L extends NodeModel['label']>(
  n: NodeModel,
  label: L,
): Extract<NodeModel, { label: L }> | null {
  return n.label === label ? (n as Extract<NodeModel, { label: L }>) : null;
}

export function evidence(rel: RelationModel): EvidenceModel {
  const e = evidenceOf(rel.props);
  if (!e) throw new KgError('INTERNAL_SERVER_ERROR', `a ${rel.type} relationship has no evidence`);
  return e;
}

export function relations(
  ctx: ApiContext,
  self: FactModel,
  o: { type: StoredRelType; dir: Direction; first: number | null | undefined },
): Promise<RelationModel[]> {
  return ctx.loaders.relations(self, { type: o.type, dir: o.dir, first: firstOf(o.first) });
}

/**
 * A connection over one relationship of a node: the loader reads up to the end of the page
 * plus one (batched across parents) and, in the same statement, the total.
 */
export async function relatedConnection<L extends NodeModel['label']>(
  ctx: ApiContext,
  self: FactModel,
  o: {
    type: StoredRelType;
    dir: Direction;
    label: L;
    first?: number | null;
    after?: string | null;
  },
): Promise<ConnectionModel<Extract<NodeModel, { label: L }>>> {
  const page = pageOf(o);
  const { relations, count } = await ctx.loaders.relationPage(self, {
    type: o.type,
    dir: o.dir,
    first: page.skip + page.limit + 1,
  });
  const nodes = relations
    .slice(page.skip)
    .map((r) => endOf(o.dir === 'out' ? r.to : r.from, o.label))
    .filter((n): n is Extract<NodeModel, { label: L }> => n !== null);
  return connection(nodes, page, () => Promise.resolve(count));
}

/** One page of a root listing (a cypher/api-*.cypher returning `total` and `page`). */
export async function listing<T>(
  ctx: ApiContext,
  o: { useCase: string; params: Record<string, unknown>; page: Page; parse: (raw: unknown) => T },
): Promise<ConnectionModel<T>> {
  const [row] = await ctx.rows<{ total: number; page: unknown[] }>(o.useCase, {
    ...o.params,
    skip: o.page.skip,
    limit: o.page.limit + 1,
  });
  const total = row?.total ?? 0;
  return connection((row?.page ?? []).map(o.parse), o.page, () => Promise.resolve(total));
}

export function notFound(what: string): KgError {
  return new KgError('NOT_FOUND', `no ${what}`);
}
