import { unionName } from '../store/cypher';

/**
 * One per-node list a resolver wants: a use case answering `uid, items, count` rows for `$uids`
 * (and `$first`), for one node; at most `first` items, or null for a list with no limit.
 */
export interface ListKey {
  useCase: string;
  uid: string;
  first: number | null;
}

/** One statement of a batch: the union's name, its parameters, its use cases by branch. */
export interface ListStatement {
  name: string;
  params: Record<string, unknown>;
  useCases: string[];
}

/**
 * How many distinct unions a process may make. Each set of lists makes a statement text of its
 * own, which Neo4j plans once and keeps in its query cache; a client varying its selections on
 * purpose could otherwise fill that cache. Past the bound, a batch of a new set sends each
 * list alone (a bounded set of texts), as before unions.
 */
export const MAX_UNIONS = 256;

/**
 * The statements for one batch of list keys: one branch per use case, for all its nodes, up to
 * the largest `first` asked (the loader cuts each key's list to its own `first`); branches in
 * name order, so a set of lists always makes the same text.
 */
export function planLists(
  keys: readonly ListKey[],
  known: Set<string>,
  max = MAX_UNIONS,
): ListStatement[] {
  const branches = new Map<string, { uids: Set<string>; first: number }>();
  for (const k of keys) {
    let b = branches.get(k.useCase);
    if (!b) branches.set(k.useCase, (b = { uids: new Set(), first: 0 }));
    b.uids.add(k.uid);
    b.first = Math.max(b.first, k.first ?? 0);
  }
  const useCases = [...branches.keys()].sort();
  const whole = unionName(useCases);
  const groups = known.has(whole) || known.size < max ? [useCases] : useCases.map((u) => [u]);
  return groups.map((group) => {
    const params: Record<string, unknown> = {};
    group.forEach((u, i) => {
      const b = branches.get(u);
      params[`uids_${i}`] = [...(b?.uids ?? [])];
      params[`first_${i}`] = b?.first ?? 0;
    });
    const name = unionName(group);
    known.add(name);
    return { name, params, useCases: group };
  });
}
