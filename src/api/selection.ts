import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the request selects any of `names` under the field path `path` below the field being
 * resolved (through aliases, inline fragments and named fragments). Directives are ignored, so
 * a field under `@skip` counts as selected: the answer errs towards reading more, never less.
 */
export function selects(info: GraphQLResolveInfo, path: string[], names: string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet, depth);
      if (s.kind === Kind.FRAGMENT_SPREAD)
        return visit(info.fragments[s.name.value]?.selectionSet, depth);
      const wanted = path[depth];
      if (wanted === undefined) return names.includes(s.name.value);
      return s.name.value === wanted && visit(s.selectionSet, depth + 1);
    });
  };
  return info.fieldNodes.some((f) => visit(f.selectionSet, 0));
}
