import type { EdgeType } from '../../domain/edgeTypes';
import { KgError } from '../../domain/errors';
import { sortBatch, type GraphBatch } from '../../domain/GraphBatch';
import type { GraphEdge } from '../../domain/GraphEdge';
import type { GraphNode } from '../../domain/GraphNode';
import type {
  EdgeQuery,
  FacetQuery,
  FacetRow,
  GraphCounts,
  GraphStore,
  NeighbourhoodQuery,
  NodeQuery,
  PathQuery,
  SearchHit,
  SearchQuery,
  StoreHealth,
  Subgraph,
} from '../GraphStore';
import { validateBatch } from '../validateBatch';
import { MemoryIndex, propKey } from './MemoryIndex';
import { readSnapshot, writeSnapshot } from './snapshotFile';
import { snippetOf } from './textSearch';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The embedded store: an in-process graph (graphology) with indexes by kind and property and a
 * full-text index, persisted to a snapshot file. `npm start` needs nothing else.
 */
export class MemoryGraphStore implements GraphStore {
  readonly name = 'memory';
  private index = new MemoryIndex({ nodes: [], edges: [] });
  private readonly snapshotPath?: string;
  /** Writes are serialised so two ingests cannot interleave their snapshot writes. */
  private writing: Promise<void> = Promise.resolve();

  constructor(options: { snapshotPath?: string } = {}) {
    this.snapshotPath = options.snapshotPath;
  }

  async init(): Promise<void> {
    if (!this.snapshotPath) return;
    const batch = await readSnapshot(this.snapshotPath);
    if (!batch) return;
    try {
      validateBatch(batch);
    } catch (error) {
      throw new KgError('SNAPSHOT_INVALID', `the snapshot ${this.snapshotPath} holds an invalid graph: ${(error as Error).message}`);
    }
    this.index = new MemoryIndex(sortBatch(batch));
  }

  async close(): Promise<void> {
    await this.writing;
  }

  async health(): Promise<StoreHealth> {
    return { ok: true, store: this.name, nodes: this.index.graph.order, edges: this.index.graph.size };
  }

  replaceGraph(batch: GraphBatch): Promise<void> {
    const write = this.writing.then(async () => {
      validateBatch(batch);
      const next = new MemoryIndex(sortBatch(batch));
      // The file first: if it cannot be written, memory keeps the old graph too.
      if (this.snapshotPath) await writeSnapshot(this.snapshotPath, next.batch);
      this.index = next;
    });
    this.writing = write.catch(() => undefined);
    return write;
  }

  async exportGraph(): Promise<GraphBatch> {
    return this.index.batch;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const index = this.index;
    return ids.map((id) => index.node(id) ?? null);
  }

  async getEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    const { graph } = this.index;
    const types = query.types ? new Set<EdgeType>(query.types) : undefined;
    const found = new Map<string, GraphEdge>();
    for (const id of new Set(query.nodeIds)) {
      if (!graph.hasNode(id)) continue;
      const collect = (_key: string, edge: GraphEdge) => {
        if (!types || types.has(edge.type)) found.set(edge.id, edge);
      };
      if (query.direction !== 'in') graph.forEachOutEdge(id, collect);
      if (query.direction !== 'out') graph.forEachInEdge(id, collect);
    }
    return [...found.values()].sort(byId);
  }

  async findNodes(query: NodeQuery): Promise<GraphNode[]> {
    const index = this.index;
    let candidates: Iterable<string> | undefined = query.kind ? (index.byKind.get(query.kind) ?? []) : undefined;
    for (const [key, value] of Object.entries(query.where ?? {})) {
      const values = Array.isArray(value) ? value : [value];
      const matching = values.map((v) => index.byProp.get(propKey(key, v)) ?? new Set<string>());
      const set = matching.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
      candidates = candidates ? [...candidates].filter((id) => set.has(id)) : set;
    }
    const ids = candidates ? [...candidates] : index.graph.nodes();
    const nodes = ids.map((id) => index.node(id) as GraphNode).sort(byId);
    return query.limit !== undefined ? nodes.slice(0, query.limit) : nodes;
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const { graph } = this.index;
    if (!graph.hasNode(query.id) || query.limit < 1) return { nodes: [], edges: [] };
    const types = query.edgeTypes ? new Set<EdgeType>(query.edgeTypes) : undefined;
    const kept = new Set([query.id]);
    let frontier = [query.id];
    for (let depth = 0; depth < query.depth && frontier.length > 0 && kept.size < query.limit; depth++) {
      const next = new Set<string>();
      for (const id of frontier) {
        graph.forEachEdge(id, (_key, edge) => {
          if (types && !types.has(edge.type)) return;
          const other = edge.source === id ? edge.target : edge.source;
          if (!kept.has(other)) next.add(other);
        });
      }
      // Nearer nodes win; within a ring, ids decide, so the answer does not depend on insertion order.
      frontier = [...next].sort().slice(0, query.limit - kept.size);
      for (const id of frontier) kept.add(id);
    }
    return this.subgraph(kept, types);
  }

  async shortestPath(query: PathQuery): Promise<Subgraph | null> {
    const { graph } = this.index;
    if (!graph.hasNode(query.from) || !graph.hasNode(query.to)) return null;
    const types = query.edgeTypes ? new Set<EdgeType>(query.edgeTypes) : undefined;
    const via = new Map<string, GraphEdge | null>([[query.from, null]]);
    let frontier = [query.from];
    for (let hops = 0; hops < query.maxHops && !via.has(query.to) && frontier.length > 0; hops++) {
      const next: string[] = [];
      for (const id of frontier) {
        const edges: GraphEdge[] = [];
        graph.forEachEdge(id, (_key, edge) => {
          if (!types || types.has(edge.type)) edges.push(edge);
        });
        for (const edge of edges.sort(byId)) {
          const other = edge.source === id ? edge.target : edge.source;
          if (via.has(other)) continue;
          via.set(other, edge);
          next.push(other);
        }
      }
      frontier = next.sort();
    }
    if (!via.has(query.to)) return null;
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    for (let id: string | undefined = query.to; id !== undefined; ) {
      nodes.unshift(this.index.node(id) as GraphNode);
      const edge = via.get(id);
      if (!edge) break;
      edges.unshift(edge);
      id = edge.source === id ? edge.target : edge.source;
    }
    return { nodes, edges };
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const index = this.index;
    const kinds = query.kinds ? new Set(query.kinds) : undefined;
    const hits: SearchHit[] = [];
    for (const hit of index.search.search(query.text)) {
      const node = index.node(hit.id);
      if (!node || (kinds && !kinds.has(node.kind))) continue;
      hits.push({ node, score: hit.score, snippet: snippetOf(node, hit.terms) });
      if (hits.length >= query.limit) break;
    }
    return hits;
  }

  async counts(): Promise<GraphCounts> {
    const counts: GraphCounts = { nodes: {}, edges: {} };
    for (const [kind, ids] of [...this.index.byKind.entries()].sort()) counts.nodes[kind] = ids.length;
    this.index.graph.forEachEdge((_key, edge) => {
      counts.edges[edge.type] = (counts.edges[edge.type] ?? 0) + 1;
    });
    return counts;
  }

  async facetCounts(query: FacetQuery): Promise<FacetRow[]> {
    const index = this.index;
    const rows = new Map<string, FacetRow>();
    for (const id of index.byKind.get(query.kind) ?? []) {
      const keysPerFacet = query.by.map((facet) => {
        const keys = new Set<string>();
        const visit = (_key: string, edge: GraphEdge) => {
          if (edge.type !== facet.edgeType) return;
          const other = index.node(facet.direction === 'out' ? edge.target : edge.source);
          if (!other) return;
          const value = facet.targetProp ? other.props[facet.targetProp] : other.id;
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) keys.add(String(v));
        };
        if (facet.direction === 'out') index.graph.forEachOutEdge(id, visit);
        else index.graph.forEachInEdge(id, visit);
        return [...keys];
      });
      for (const combination of cartesian(keysPerFacet)) {
        const slot = combination.join('\u0000');
        const row = rows.get(slot) ?? { keys: combination, count: 0 };
        row.count++;
        rows.set(slot, row);
      }
    }
    return [...rows.values()].sort((a, b) => b.count - a.count || (a.keys.join('\u0000') < b.keys.join('\u0000') ? -1 : 1));
  }

  private subgraph(ids: Set<string>, types?: Set<EdgeType>): Subgraph {
    const { graph } = this.index;
    const edges = new Map<string, GraphEdge>();
    for (const id of ids) {
      graph.forEachOutEdge(id, (_key, edge) => {
        if (ids.has(edge.target) && (!types || types.has(edge.type))) edges.set(edge.id, edge);
      });
    }
    return {
      nodes: [...ids].map((id) => this.index.node(id) as GraphNode).sort(byId),
      edges: [...edges.values()].sort(byId),
    };
  }
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((key) => [...prefix, key])), [[]]);
}
