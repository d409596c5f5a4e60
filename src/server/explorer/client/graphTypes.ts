/** A node as the explorer draws it: what the API's `Node` interface gives. */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
}

/** A typed edge. `rolledUp` marks an edge the explorer drew from a part of a provision to the whole. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  rolledUp?: boolean;
}

/** Nodes and edges, as the API's `Subgraph` type. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The deterministic edge id the API uses too: `source|TYPE|target`. */
export const edgeId = (source: string, type: string, target: string): string => `${source}|${type}|${target}`;
