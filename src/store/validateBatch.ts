import { isEdgeType } from '../domain/edgeTypes';
import { KgError } from '../domain/errors';
import type { GraphBatch } from '../domain/GraphBatch';
import { isNodeKind } from '../domain/nodeKinds';

/**
 * Checks a batch before any store writes it: unique ids, kinds and edge types from the model, every
 * edge between existing nodes. Throws `STORE_WRITE_FAILED` naming the first fault, so that a bad batch
 * is refused whole and the previous graph stays.
 */
export function validateBatch(batch: GraphBatch): void {
  const fail = (message: string) => {
    throw new KgError('STORE_WRITE_FAILED', `the graph was not written: ${message}`);
  };
  if (!batch || !Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) fail('a batch has a list of nodes and a list of edges');
  const nodes = new Set<string>();
  for (const node of batch.nodes) {
    if (typeof node?.id !== 'string' || node.id === '') fail('a node has no id');
    if (nodes.has(node.id)) fail(`the node id "${node.id}" occurs twice`);
    if (!isNodeKind(node.kind)) fail(`the node "${node.id}" has an unknown kind "${String(node.kind)}"`);
    nodes.add(node.id);
  }
  const edges = new Set<string>();
  for (const edge of batch.edges) {
    if (typeof edge?.id !== 'string' || edge.id === '') fail('an edge has no id');
    if (edges.has(edge.id)) fail(`the edge id "${edge.id}" occurs twice`);
    if (!isEdgeType(edge.type)) fail(`the edge "${edge.id}" has an unknown type "${String(edge.type)}"`);
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) fail(`the edge "${edge.id}" points at a node that is not in the batch`);
    edges.add(edge.id);
  }
}
