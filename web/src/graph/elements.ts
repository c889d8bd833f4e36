import { nodeLabel } from '../labels';
import type { GraphEdge, GraphNode } from '../types';

/** Node colours by type, shared by the canvas and its legend. */
export const TYPE_COLOUR: Record<string, string> = {
  Person: '#b4442f',
  Organisation: '#2f6db4',
  Meeting: '#6a4fb4',
  Proposal: '#8a8a8a',
  Theme: '#2f9470',
  Document: '#b48a2f',
};

/** Hops from the start node over the edges (both directions), for rings around it. */
export function levels(startId: string, edges: GraphEdge[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    next.set(e.to, [...(next.get(e.to) ?? []), e.from]);
  }
  const level = new Map([[startId, 0]]);
  let frontier = [startId];
  while (frontier.length) {
    const after: string[] = [];
    for (const id of frontier)
      for (const n of next.get(id) ?? [])
        if (!level.has(n)) {
          level.set(n, (level.get(id) ?? 0) + 1);
          after.push(n);
        }
    frontier = after;
  }
  return level;
}

/**
 * The nodes and edges left once hidden relationship types are dropped: a node stays if the
 * start reaches it through the edges that remain.
 */
export function visible(
  startId: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
  hidden: ReadonlySet<string>,
): { nodes: GraphNode[]; edges: GraphEdge[]; level: Map<string, number> } {
  const kept = edges.filter((e) => !hidden.has(e.type));
  const level = levels(startId, kept);
  return {
    nodes: nodes.filter((n) => level.has(n.id)),
    edges: kept.filter((e) => level.has(e.from) && level.has(e.to)),
    level,
  };
}

export function edgeKey(e: GraphEdge, i: number): string {
  return `e${i}:${e.type}:${e.from}>${e.to}`;
}

/** Cytoscape's element list. */
export function elementsOf(
  nodes: GraphNode[],
  edges: GraphEdge[],
  startId: string,
): { data: Record<string, string | number> }[] {
  return [
    ...nodes.map((n) => ({
      data: {
        id: n.id,
        label: nodeLabel(n),
        type: n.__typename,
        colour: TYPE_COLOUR[n.__typename] ?? '#444',
        start: n.id === startId ? 1 : 0,
      },
    })),
    ...edges.map((e, i) => ({
      data: { id: edgeKey(e, i), source: e.from, target: e.to, type: e.type, index: i },
    })),
  ];
}
