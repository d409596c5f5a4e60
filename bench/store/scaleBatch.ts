import type { GraphBatch } from '../../src/domain/GraphBatch';

/**
 * A graph `copies` times the size of `batch`: copy 0 is the batch itself, each further copy has every
 * id suffixed, so the graph grows while the neighbourhood of any one node keeps its shape.
 */
export function scaleBatch(batch: GraphBatch, copies: number): GraphBatch {
  const nodes = [...batch.nodes];
  const edges = [...batch.edges];
  for (let copy = 1; copy < copies; copy++) {
    const suffix = (id: string) => `${id}#${copy}`;
    for (const node of batch.nodes) nodes.push({ ...node, id: suffix(node.id) });
    for (const edge of batch.edges) edges.push({ ...edge, id: suffix(edge.id), source: suffix(edge.source), target: suffix(edge.target) });
  }
  return { nodes, edges };
}
