import type { JSX } from 'preact';
import { Empty, Failure, Loading } from './components/States';
import { nodeOf } from './types';
import { useQuery } from './useQuery';

type NodeAnswer = { node: { __typename: string } | null };

/**
 * A node's page: its query by id, the node narrowed to the type the page shows, and what to
 * show instead while it loads, when it failed, or when there is no such node.
 */
export function useNodePage<D extends NodeAnswer, N extends string>(
  query: string,
  id: string,
  typename: N,
  what: string,
): {
  data: D | null;
  node: Extract<NonNullable<D['node']>, { __typename: N }> | null;
  placeholder: JSX.Element | null;
} {
  const { state, retry } = useQuery<D>(query, { id });
  const data = state.status === 'done' ? state.data : null;
  const node = data ? nodeOf<NonNullable<D['node']>, N>(data.node, typename) : null;
  let placeholder: JSX.Element | null = null;
  if (state.status === 'loading') placeholder = <Loading what={what} />;
  else if (state.status === 'failed') placeholder = <Failure error={state.error} retry={retry} />;
  else if (!node) placeholder = <Empty>No such {what}. The link may be from an older graph.</Empty>;
  return { data, node, placeholder };
}
