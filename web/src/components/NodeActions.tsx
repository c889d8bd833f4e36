import { hrefOf } from '../route';
import { Link } from './Link';

/** What every node page offers: its neighbourhood as a graph, and (for people) a path finder. */
export function NodeActions(props: { id: string; person?: boolean }) {
  return (
    <nav class="node-actions" aria-label="views of this node">
      <Link href={hrefOf({ page: 'graph', id: props.id, depth: 1, hidden: [] })} class="button">
        Relationship graph
      </Link>
      {props.person ? (
        <Link href={hrefOf({ page: 'path', from: props.id, to: null })} class="button">
          Find a path to…
        </Link>
      ) : null}
    </nav>
  );
}
