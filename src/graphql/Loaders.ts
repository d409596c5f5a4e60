import DataLoader from 'dataloader';
import type { EdgeType } from '../domain/edgeTypes';
import type { GraphEdge } from '../domain/GraphEdge';
import type { GraphNode } from '../domain/GraphNode';
import type { GraphStore } from '../store/GraphStore';

type Direction = 'out' | 'in';

/**
 * Per-request DataLoaders: nodes by id, and edges by (direction, type) for many nodes at once, so
 * that a page of 50 requirements with their provisions and measures costs a few store calls, not 50.
 */
export class Loaders {
  readonly node: DataLoader<string, GraphNode | null>;
  private readonly edgeLoaders = new Map<string, DataLoader<string, GraphEdge[]>>();

  constructor(private readonly store: GraphStore) {
    this.node = new DataLoader((ids) => store.getNodes(ids));
  }

  /** The edges of a node in one direction and of the given types, batched with every other node's. */
  edges(id: string, direction: Direction, types: readonly EdgeType[]): Promise<GraphEdge[]> {
    const key = `${direction}|${[...types].sort().join(',')}`;
    let loader = this.edgeLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const edges = await this.store.getEdges({ nodeIds: ids, direction, types });
        const byNode = new Map<string, GraphEdge[]>(ids.map((i) => [i, []]));
        for (const edge of edges) byNode.get(direction === 'out' ? edge.source : edge.target)?.push(edge);
        return ids.map((i) => byNode.get(i) ?? []);
      });
      this.edgeLoaders.set(key, loader);
    }
    return loader.load(id);
  }

  /** The nodes at the other end of a node's edges, loaded in a batch. */
  async neighbours(id: string, direction: Direction, types: readonly EdgeType[]): Promise<GraphNode[]> {
    const edges = await this.edges(id, direction, types);
    const nodes = await this.node.loadMany(edges.map((e) => (direction === 'out' ? e.target : e.source)));
    return nodes.filter((n): n is GraphNode => !!n && !(n instanceof Error));
  }
}
