import { MultiDirectedGraph } from 'graphology';
import type { GraphBatch } from '../../domain/GraphBatch';
import type { GraphEdge } from '../../domain/GraphEdge';
import type { GraphNode } from '../../domain/GraphNode';
import type { NodeKind } from '../../domain/nodeKinds';
import { TextSearch } from './textSearch';

/** Properties too long to be worth an equality index. */
const UNINDEXED_PROPS = new Set(['text', 'summary']);

/**
 * One immutable, fully indexed graph: the graphology graph, node ids by kind, node ids by
 * (property, value), and the text index. Built off to the side and swapped in whole, so readers
 * never see a graph being built.
 */
export class MemoryIndex {
  readonly graph = new MultiDirectedGraph<GraphNode, GraphEdge>();
  readonly byKind = new Map<NodeKind, string[]>();
  readonly byProp = new Map<string, Set<string>>();
  readonly search: TextSearch;
  readonly batch: GraphBatch;

  constructor(batch: GraphBatch) {
    this.batch = batch;
    for (const node of batch.nodes) {
      this.graph.addNode(node.id, node);
      const ofKind = this.byKind.get(node.kind) ?? [];
      ofKind.push(node.id);
      this.byKind.set(node.kind, ofKind);
      for (const [key, value] of Object.entries(node.props)) {
        if (UNINDEXED_PROPS.has(key)) continue;
        for (const item of Array.isArray(value) ? value : [value]) {
          const slot = propKey(key, item);
          const ids = this.byProp.get(slot) ?? new Set<string>();
          ids.add(node.id);
          this.byProp.set(slot, ids);
        }
      }
    }
    for (const edge of batch.edges) this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
    this.search = new TextSearch(batch.nodes);
  }

  node(id: string): GraphNode | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }
}

/** The index key of a property value. */
export function propKey(key: string, value: string | number | boolean): string {
  return `${key}\u0000${typeof value}\u0000${String(value)}`;
}
