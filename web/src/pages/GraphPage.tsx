import { useMemo, useState } from 'preact/hooks';
import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { Empty, Failure, Loading } from '../components/States';
import { GraphCanvas } from '../graph/GraphCanvas';
import { TYPE_COLOUR, visible } from '../graph/elements';
import { EDGE_LABEL, nodeLabel, TYPE_ONE } from '../labels';
import { NEIGHBOURHOOD } from '../queries';
import { navigate } from '../navigation';
import { hrefOf, nodeHref } from '../route';
import type { GraphData, GraphEdge, GraphNode } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

function Properties(props: { json: string }) {
  let entries: [string, unknown][] = [];
  try {
    entries = Object.entries(JSON.parse(props.json) as Record<string, unknown>);
  } catch {
    return null;
  }
  if (!entries.length) return null;
  return (
    <dl class="properties">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function EdgePanel(props: { edge: GraphEdge; names: Map<string, GraphNode> }) {
  const from = props.names.get(props.edge.from);
  const to = props.names.get(props.edge.to);
  return (
    <section class="panel edge-panel" aria-label="the chosen relationship" aria-live="polite">
      <h2>
        {from ? nodeLabel(from) : '?'}{' '}
        <span class="edge-type">{EDGE_LABEL[props.edge.type] ?? props.edge.type}</span>{' '}
        {to ? nodeLabel(to) : '?'}
      </h2>
      <Properties json={props.edge.properties} />
      {props.edge.evidence ? (
        <EvidenceQuote evidence={props.edge.evidence} label="evidence" />
      ) : (
        <p class="muted">No evidence stored.</p>
      )}
    </section>
  );
}

/**
 * The neighbourhood of a node: depth and relationship types to show, a click on a node
 * re-centres on it, a click on a relationship shows its evidence. Lists beside the canvas
 * give the same nodes and relationships to the keyboard.
 */
export function GraphPage(props: { id: string; depth: number; hidden: string[] }) {
  const { state, retry } = useQuery<GraphData>(NEIGHBOURHOOD, { id: props.id, depth: props.depth });
  const [chosen, setChosen] = useState<number | null>(null);
  const hidden = useMemo(() => new Set(props.hidden), [props.hidden.join(',')]);
  const graph = state.status === 'done' ? state.data.neighbourhood : null;
  const view = useMemo(
    () => (graph ? visible(props.id, graph.nodes, graph.edges, hidden) : null),
    [graph, hidden, props.id],
  );
  const start = graph?.nodes.find((n) => n.id === props.id);
  useTitle(start ? `${nodeLabel(start)} — graph` : null);
  const go = (o: { id?: string; depth?: number; hidden?: string[] }) => {
    setChosen(null);
    navigate(
      hrefOf({
        page: 'graph',
        id: o.id ?? props.id,
        depth: o.depth ?? props.depth,
        hidden: o.hidden ?? props.hidden,
      }),
    );
  };
  if (state.status === 'loading') return <Loading what="graph" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  if (!graph || !view || !start) return <Empty>No such node.</Empty>;
  const types = [...new Set(graph.edges.map((e) => e.type))].sort();
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  const edge = chosen !== null ? view.edges[chosen] : undefined;
  const startHref = nodeHref(start.__typename, start.id);
  return (
    <div class="graph-page" data-ready="graph">
      <header class="node-header">
        <p class="kind">Relationships of a {TYPE_ONE[start.__typename] ?? start.__typename}</p>
        <h1 lang="zh">
          {startHref ? <Link href={startHref}>{nodeLabel(start)}</Link> : nodeLabel(start)}
        </h1>
        <form class="graph-controls" onSubmit={(e) => e.preventDefault()}>
          <label>
            depth{' '}
            <select
              value={props.depth}
              onChange={(e) => go({ depth: Number(e.currentTarget.value) })}
            >
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {d} {d === 1 ? 'hop' : 'hops'}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>relationships</legend>
            {types.map((t) => (
              <label key={t} class="check">
                <input
                  type="checkbox"
                  checked={!hidden.has(t)}
                  onChange={(e) =>
                    go({
                      hidden: e.currentTarget.checked
                        ? props.hidden.filter((h) => h !== t)
                        : [...props.hidden, t],
                    })
                  }
                />
                {EDGE_LABEL[t] ?? t}
              </label>
            ))}
          </fieldset>
        </form>
        {graph.truncated ? (
          <p class="tag tag-warn">limited to 100 nodes: the nearest are shown</p>
        ) : null}
      </header>
      <div class="graph-layout">
        <GraphCanvas
          nodes={view.nodes}
          edges={view.edges}
          level={view.level}
          startId={props.id}
          selectedEdge={chosen}
          onNode={(id) => id !== props.id && go({ id })}
          onEdge={setChosen}
        />
        <aside class="graph-side">
          <ul class="legend" aria-label="node types">
            {Object.entries(TYPE_COLOUR).map(([t, c]) => (
              <li key={t}>
                <span class="swatch" style={{ background: c }} />
                {TYPE_ONE[t]}
              </li>
            ))}
          </ul>
          {edge ? (
            <EdgePanel edge={edge} names={names} />
          ) : (
            <p class="muted">
              Click a relationship to see its evidence; click a node to centre on it.
            </p>
          )}
          <details open>
            <summary>
              nodes <span class="count">{view.nodes.length}</span>
            </summary>
            <ul class="node-list">
              {view.nodes.map((n) => {
                const href = nodeHref(n.__typename, n.id);
                return (
                  <li key={n.id}>
                    <span
                      class="swatch"
                      style={{ background: TYPE_COLOUR[n.__typename] ?? '#444' }}
                    />
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => go({ id: n.id })}
                      disabled={n.id === props.id}
                    >
                      {nodeLabel(n)}
                    </button>
                    {href ? (
                      <Link href={href} class="muted" title="open its page">
                        ↗
                      </Link>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </details>
          <details>
            <summary>
              relationships <span class="count">{view.edges.length}</span>
            </summary>
            <ul class="edge-list">
              {view.edges.map((e, i) => (
                <li key={i}>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => setChosen(i)}
                    aria-pressed={chosen === i}
                  >
                    {nodeLabel(names.get(e.from) ?? { id: e.from })} →{' '}
                    {EDGE_LABEL[e.type] ?? e.type} → {nodeLabel(names.get(e.to) ?? { id: e.to })}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </aside>
      </div>
    </div>
  );
}
