import type { Row } from './flattenRows';

/** A node of a neighbourhood, as the report's GraphQL query returns it. */
export interface FrameNodeInput {
  id: string;
  kind: string;
  label: string;
}

/** An edge of a neighbourhood, as the report's GraphQL query returns it. */
export interface FrameEdgeInput {
  id: string;
  type: string;
  source: string;
  target: string;
  provenancePath?: string | null;
  provenanceLine?: number | null;
}

/** The two frames Grafana's node graph panel reads: one row per node, one per edge. */
export interface NodeGraphFrames {
  nodes: Row[];
  edges: Row[];
}

/** One colour per node kind, so the panel tells law, requirements and parties apart. */
const KIND_COLORS: Record<string, string> = {
  Instrument: '#1f60c4',
  Provision: '#5794f2',
  Ruling: '#8ab8ff',
  Requirement: '#e0752d',
  Measure: '#f2cc0c',
  Tool: '#fade2a',
  Role: '#56a64b',
  Actor: '#73bf69',
  OrganisationRole: '#96d98d',
  Obligation: '#c4162a',
  LiabilityRoute: '#f2495c',
  Defence: '#ff7383',
  Milestone: '#a352cc',
  LifecyclePhase: '#b877d9',
  Topic: '#ca95e5',
  Source: '#c7d0d9',
};
const OTHER_COLOR = '#8e8e8e';

/** The node frame's fields, in order (also the CSV header when the frame is empty). */
export const NODE_FRAME_FIELDS = ['id', 'title', 'subtitle', 'mainstat', 'secondarystat', 'color', 'detail__id', 'detail__kind'] as const;

/** The edge frame's fields, in order. */
export const EDGE_FRAME_FIELDS = ['id', 'source', 'target', 'mainstat', 'detail__type', 'detail__provenance'] as const;

/**
 * The node and edge frames of a neighbourhood, with the field names of Grafana's node graph data
 * API (`id`, `title`, `subtitle`, `mainstat`, `secondarystat`, `color`, `detail__*`; edges `id`,
 * `source`, `target`, `mainstat`). Nodes: title is the label, subtitle the kind, mainstat the edges
 * it has in this frame, secondarystat its hops from the centre. Edges: mainstat is the edge type.
 */
export function nodeGraphFrames(centre: string, nodes: readonly FrameNodeInput[], edges: readonly FrameEdgeInput[]): NodeGraphFrames {
  const known = new Set(nodes.map((n) => n.id));
  // An edge to a node outside the frame has nothing to attach to in the panel: keep only edges inside it.
  const inside = edges.filter((e) => known.has(e.source) && known.has(e.target));
  const links = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const edge of inside) {
    for (const [from, to] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      links.set(from, (links.get(from) ?? 0) + 1);
      const list = neighbours.get(from) ?? [];
      list.push(to);
      neighbours.set(from, list);
    }
  }
  const hops = distances(centre, neighbours);
  return {
    nodes: nodes.map((node) => ({
      id: node.id,
      title: node.label,
      subtitle: node.kind,
      mainstat: links.get(node.id) ?? 0,
      secondarystat: hops.get(node.id) ?? null,
      color: KIND_COLORS[node.kind] ?? OTHER_COLOR,
      detail__id: node.id,
      detail__kind: node.kind,
    })),
    edges: inside.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      mainstat: edge.type,
      detail__type: edge.type,
      detail__provenance: edge.provenancePath ? `${edge.provenancePath}${edge.provenanceLine ? `:${edge.provenanceLine}` : ''}` : null,
    })),
  };
}

/** Hops from the centre over the frame's edges, either way (breadth first). */
function distances(centre: string, neighbours: Map<string, string[]>): Map<string, number> {
  const hops = new Map([[centre, 0]]);
  const queue = [centre];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const next of neighbours.get(id) ?? []) {
      if (hops.has(next)) continue;
      hops.set(next, (hops.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  return hops;
}
