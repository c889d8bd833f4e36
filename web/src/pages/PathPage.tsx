import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { SearchBox } from '../components/SearchBox';
import { Section } from '../components/Section';
import { Empty, Failure, Loading } from '../components/States';
import { EDGE_LABEL, nodeLabel } from '../labels';
import { NODE_NAME, PATHS } from '../queries';
import { navigate } from '../navigation';
import { hrefOf, nodeHref } from '../route';
import type { GraphNode, PathsData } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

/** The name of a node chosen by id (from the URL), for its search field. */
function useNodeName(id: string | null): string {
  const { state } = useQuery<{ node: GraphNode | null }>(NODE_NAME, { id }, { skip: !id });
  return id && state.status === 'done' && state.data.node ? nodeLabel(state.data.node) : '';
}

function Paths(props: { from: string; to: string }) {
  const { state, retry } = useQuery<PathsData>(PATHS, props);
  if (state.status === 'loading') return <Loading what="paths" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  const paths = state.data.paths;
  if (!paths.length) return <Empty>No path of four relationships or fewer joins them.</Empty>;
  return (
    <ol class="paths" data-ready="paths">
      {paths.map((p, i) => (
        <li key={i} class="path">
          <ol class="chain">
            {p.nodes.map((n, j) => {
              const href = nodeHref(n.__typename, n.id);
              const e = p.edges[j];
              return (
                <li key={n.id}>
                  <span class={`chain-node node-${n.__typename.toLowerCase()}`}>
                    {href ? <Link href={href}>{nodeLabel(n)}</Link> : nodeLabel(n)}
                  </span>
                  {e ? (
                    <details class="chain-edge">
                      <summary>
                        {e.from === n.id ? '→' : '←'} {EDGE_LABEL[e.type] ?? e.type}{' '}
                        {e.from === n.id ? '→' : '←'}
                      </summary>
                      {e.evidence ? <EvidenceQuote evidence={e.evidence} /> : null}
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** How two people are connected: shortest paths (up to four relationships), each with evidence. */
export function PathPage(props: { from: string | null; to: string | null }) {
  useTitle('Path finder');
  const fromName = useNodeName(props.from);
  const toName = useNodeName(props.to);
  const set = (o: { from?: string | null; to?: string | null }) =>
    navigate(hrefOf({ page: 'path', from: o.from ?? props.from, to: o.to ?? props.to }));
  return (
    <div class="path-page">
      <h1>How are two people connected?</h1>
      <div class="path-pickers">
        {(
          [
            { end: 'from', title: 'From', label: 'a person', name: fromName },
            { end: 'to', title: 'To', label: 'another person', name: toName },
          ] as const
        ).map((p) => (
          <div key={p.end}>
            <p class="picker-label">{p.title}</p>
            <SearchBox
              id={`path-${p.end}`}
              label={p.label}
              types={['PERSON']}
              initial={p.name}
              onPick={(n) => set({ [p.end]: n.id })}
            />
          </div>
        ))}
      </div>
      {props.from && props.to ? (
        <Section title="Shortest paths">
          <Paths from={props.from} to={props.to} />
        </Section>
      ) : (
        <Empty>Pick two people.</Empty>
      )}
    </div>
  );
}
