import type { EdgeType } from '../domain/edgeTypes';
import type { GraphBatch } from '../domain/GraphBatch';
import type { GraphEdge } from '../domain/GraphEdge';
import type { GraphNode, PropValue } from '../domain/GraphNode';
import type { NodeKind } from '../domain/nodeKinds';

/**
 * The port every graph store implements (design.md §1). Reads are batch-shaped so that the GraphQL
 * layer can answer any query in a bounded number of calls, whatever the number of parent items.
 * All failures are `KgError`s: `STORE_UNAVAILABLE` when the backend cannot be reached,
 * `STORE_WRITE_FAILED` when a write was refused (and the previous graph kept).
 */
export interface GraphStore {
  /** A short name for logs and health: `memory`, `neo4j`. */
  readonly name: string;
  /** Connects and prepares (loads the snapshot; creates constraints and indexes). */
  init(): Promise<void>;
  /** Releases connections and file handles. */
  close(): Promise<void>;
  /** Whether the store can serve, and how big the graph is. Never throws. */
  health(): Promise<StoreHealth>;

  /** Swaps the whole graph for `batch` atomically: readers see the old graph or the new one, never a mix. */
  replaceGraph(batch: GraphBatch): Promise<void>;
  /** The whole graph, nodes and edges sorted by id. */
  exportGraph(): Promise<GraphBatch>;

  /** The nodes with these ids, in the same order; `null` where there is none. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** All edges touching any of `nodeIds` in the given direction, optionally of some types only. */
  getEdges(query: EdgeQuery): Promise<GraphEdge[]>;
  /** Nodes of a kind whose properties equal the given values (an array property matches when it contains the value). */
  findNodes(query: NodeQuery): Promise<GraphNode[]>;
  /** The nodes within `depth` hops of `id` (edges followed in both directions) and the edges between them. */
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  /** One shortest path between two nodes, ignoring direction, or `null` when none is within `maxHops`. */
  shortestPath(query: PathQuery): Promise<Subgraph | null>;
  /** Ranked full-text hits over `label`, `props.summary` and `props.text` (Dutch; prefix and fuzzy). */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Node count per kind and edge count per type. */
  counts(): Promise<GraphCounts>;
  /** Counts of nodes of a kind grouped by one or two related values, for dashboards. */
  facetCounts(query: FacetQuery): Promise<FacetRow[]>;
}

export interface StoreHealth {
  ok: boolean;
  store: string;
  nodes?: number;
  edges?: number;
  /** Why the store is not ok; never contains credentials. */
  message?: string;
}

export type Direction = 'out' | 'in' | 'both';

export interface EdgeQuery {
  nodeIds: readonly string[];
  direction: Direction;
  types?: readonly EdgeType[];
}

export interface NodeQuery {
  kind?: NodeKind;
  where?: Record<string, PropValue>;
  limit?: number;
}

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  edgeTypes?: readonly EdgeType[];
  /** Most nodes to return; the start node always counts and nearer nodes win. */
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  edgeTypes?: readonly EdgeType[];
}

/** Nodes and edges ready to draw. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchQuery {
  text: string;
  kinds?: readonly NodeKind[];
  limit: number;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
  /** A short piece of the matched text. */
  snippet: string;
}

export interface GraphCounts {
  nodes: Partial<Record<NodeKind, number>>;
  edges: Partial<Record<EdgeType, number>>;
}

/**
 * Groups nodes of `kind` by the nodes they reach over one edge type (`by`), e.g. requirements by
 * role (`BINDS`, out). With `targetProp`, groups by that property of the reached node instead of its
 * id (e.g. `instrument` of a cited provision). Two facets give a cross table.
 */
export interface FacetQuery {
  kind: NodeKind;
  by: readonly FacetSpec[];
}

export interface FacetSpec {
  edgeType: EdgeType;
  direction: 'out' | 'in';
  targetProp?: string;
}

/** One cell: the group keys (one per facet) and how many distinct nodes fall in it. */
export interface FacetRow {
  keys: string[];
  count: number;
}
