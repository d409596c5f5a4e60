import type { GraphEdge } from './GraphEdge';
import type { GraphNode } from './GraphNode';

/**
 * A whole graph, as ingest produces it and `GraphStore.replaceGraph` consumes it.
 * Nodes are sorted by id and edges by id, so that the same input serialises byte for byte the same.
 */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Returns the batch with nodes and edges sorted by id (code-unit order, locale-independent). */
export function sortBatch(batch: GraphBatch): GraphBatch {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...batch.nodes].sort(byId), edges: [...batch.edges].sort(byId) };
}
