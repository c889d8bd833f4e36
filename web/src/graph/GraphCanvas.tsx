import { useEffect, useRef, useState } from 'preact/hooks';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../types';
import { elementsOf } from './elements';

type Cytoscape = typeof import('cytoscape');
let cytoscapeModule: Promise<Cytoscape> | null = null;

/** Cytoscape.js, loaded the first time a graph is drawn (it is most of a graph page's bytes). */
function loadCytoscape(): Promise<Cytoscape> {
  cytoscapeModule ??= import('cytoscape').then((m) => m.default);
  return cytoscapeModule;
}

declare global {
  interface Window {
    /** The graph on screen, for the browser tests and the devtools console. */
    kgGraph?: import('cytoscape').Core;
  }
}

/**
 * The neighbourhood drawn in rings around the start node (its hops away), nodes coloured by
 * type. A click on a node or an edge is passed up; the page decides what it means.
 */
export function GraphCanvas(props: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  startId: string;
  level: Map<string, number>;
  onNode: (id: string) => void;
  onEdge: (index: number) => void;
  selectedEdge: number | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onNode: props.onNode, onEdge: props.onEdge });
  handlers.current = { onNode: props.onNode, onEdge: props.onEdge };
  const [ready, setReady] = useState(false);
  const cy = useRef<import('cytoscape').Core | null>(null);

  useEffect(() => {
    let cancelled = false;
    setReady(false);
    void loadCytoscape().then((cytoscape) => {
      if (cancelled || !box.current) return;
      const maxLevel = Math.max(1, ...props.level.values());
      const graph = cytoscape({
        container: box.current,
        elements: elementsOf(props.nodes, props.edges, props.startId),
        // A small neighbourhood fitted to the box would be drawn huge: zoom stops at 1.4.
        maxZoom: 1.4,
        minZoom: 0.2,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(colour)',
              label: 'data(label)',
              color: '#1d1d1f',
              'font-size': 11,
              'font-family': 'var(--cjk-font), sans-serif',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'ellipsis',
              'text-max-width': '120px',
              width: 18,
              height: 18,
            },
          },
          {
            selector: 'node[start = 1]',
            style: {
              width: 30,
              height: 30,
              'font-weight': 'bold',
              'border-width': 3,
              'border-color': '#1d1d1f',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#b9b9c0',
              'target-arrow-color': '#b9b9c0',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: 'data(type)',
              'font-size': 8,
              color: '#6b6b73',
              'text-rotation': 'autorotate',
            },
          },
          {
            selector: 'edge:selected, edge.chosen',
            style: { 'line-color': '#b4442f', 'target-arrow-color': '#b4442f', width: 3 },
          },
        ],
        layout: {
          name: 'concentric',
          concentric: (n) => maxLevel - (props.level.get(n.id()) ?? maxLevel),
          levelWidth: () => 1,
          minNodeSpacing: 28,
          animate: false,
        },
      });
      // Cytoscape types an event's target as `any`: it is the element the selector matched.
      graph.on('tap', 'node', (e) => handlers.current.onNode((e.target as NodeSingular).id()));
      graph.on('tap', 'edge', (e) =>
        handlers.current.onEdge(Number((e.target as EdgeSingular).data('index'))),
      );
      cy.current = graph;
      window.kgGraph = graph;
      setReady(true);
    });
    return () => {
      cancelled = true;
      cy.current?.destroy();
      cy.current = null;
      if (window.kgGraph) delete window.kgGraph;
    };
  }, [props.nodes, props.edges, props.startId]);

  useEffect(() => {
    const graph = cy.current;
    if (!graph) return;
    graph.edges().removeClass('chosen');
    if (props.selectedEdge !== null)
      graph.edges(`[index = ${props.selectedEdge}]`).addClass('chosen');
  }, [props.selectedEdge, ready]);

  return (
    <div
      ref={box}
      class="graph-canvas"
      data-ready={ready ? 'yes' : 'no'}
      role="img"
      aria-label="the neighbourhood as a graph; the lists beside it hold the same nodes and relationships"
    />
  );
}
