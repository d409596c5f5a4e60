import neo4j, { type Driver, type Integer, type ManagedTransaction, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import type { EdgeType } from '../../domain/edgeTypes';
import { KgError } from '../../domain/errors';
import { sortBatch, type GraphBatch } from '../../domain/GraphBatch';
import type { GraphEdge } from '../../domain/GraphEdge';
import type { GraphNode, Props } from '../../domain/GraphNode';
import type { NodeKind } from '../../domain/nodeKinds';
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
import * as cypher from './cypher';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** How long the driver may retry a transaction before reporting failure (the driver's default is ~30 s). */
  retryBudgetMs?: number;
}

/** Rows per UNWIND when writing a batch. */
const WRITE_CHUNK = 1000;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The Neo4j store. Writes stage a whole new graph version beside the current one and switch to it in
 * one small transaction, so readers see the old graph or the new one, and a failed write leaves the
 * old one current. Reads read the current version first, in the same transaction.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jOptions) {
    const budget = options.retryBudgetMs ?? 3000;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxTransactionRetryTime: budget,
      connectionTimeout: budget,
      connectionAcquisitionTimeout: budget,
      disableLosslessIntegers: true,
    });
  }

  /** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jGraphStore {
    const { NEO4J_URI: uri, NEO4J_USER: user = 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: database } = env;
    if (!uri) throw new KgError('CONFIG_INVALID', 'NEO4J_URI is not set');
    if (!password) throw new KgError('CONFIG_INVALID', 'NEO4J_PASSWORD is not set');
    return new Neo4jGraphStore({ uri, user, password, database });
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw this.unavailable(error);
    }
    for (const statement of cypher.SCHEMA_STATEMENTS) await this.write((tx) => tx.run(statement));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async health(): Promise<StoreHealth> {
    try {
      const counts = await this.counts();
      const sum = (values: Record<string, number | undefined>) => Object.values(values).reduce<number>((a, b) => a + (b ?? 0), 0);
      return { ok: true, store: this.name, nodes: sum(counts.nodes), edges: sum(counts.edges) };
    } catch (error) {
      return { ok: false, store: this.name, message: error instanceof KgError ? error.message : 'Neo4j cannot be reached' };
    }
  }

  async replaceGraph(batch: GraphBatch): Promise<void> {
    validateBatch(batch);
    const sorted = sortBatch(batch);
    const version = await this.write(async (tx) => {
      const next = neo4j.int(Number((await tx.run(cypher.NEXT_VERSION)).records[0]?.get('version') ?? 1));
      await tx.run(cypher.MARK_STAGING, { version: next });
      return next;
    });
    try {
      for (const [kind, nodes] of groupBy(sorted.nodes, (n) => n.kind)) {
        for (const chunk of chunks(nodes.map(nodeRow), WRITE_CHUNK)) {
          await this.write((tx) => tx.run(cypher.CREATE_NODES[kind as NodeKind], { nodes: chunk, version }));
        }
      }
      for (const [type, edges] of groupBy(sorted.edges, (e) => e.type)) {
        for (const chunk of chunks(edges.map(edgeRow), WRITE_CHUNK)) {
          await this.write((tx) => tx.run(cypher.CREATE_EDGES[type as EdgeType], { edges: chunk, version }));
        }
      }
      await this.write((tx) => tx.run(cypher.SWITCH_VERSION, { version }));
    } catch (error) {
      await this.deleteVersion(version).catch(() => undefined);
      throw error instanceof KgError ? new KgError('STORE_WRITE_FAILED', `the graph was not written; the previous one is kept (${error.message})`) : error;
    }
    // The old version is no longer read; remove it (and any leftovers of crashed ingests).
    const stale = await this.read((tx) => tx.run(cypher.STALE_VERSIONS));
    for (const record of stale.records) await this.deleteVersion(neo4j.int(Number(record.get('version'))));
  }

  async exportGraph(): Promise<GraphBatch> {
    return this.read(async (tx, version) => {
      const nodes = (await tx.run(cypher.ALL_NODES, { version })).records.map((r) => toNode(r.get('n')));
      const edges = (await tx.run(cypher.ALL_EDGES, { version })).records.map((r) => toEdge(r.get('r'), r.get('type'), r.get('source'), r.get('target')));
      return sortBatch({ nodes, edges });
    });
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const found = await this.read(async (tx, version) => (await tx.run(cypher.GET_NODES, { version, ids: [...ids] })).records.map((r) => toNode(r.get('n'))));
    const byKey = new Map(found.map((n) => [n.id, n]));
    return ids.map((id) => byKey.get(id) ?? null);
  }

  async getEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    return this.read((tx, version) => this.edgesIn(tx, version, query));
  }

  async findNodes(query: NodeQuery): Promise<GraphNode[]> {
    return this.read(async (tx, version) =>
      (await tx.run(cypher.FIND_NODES, { version, kind: query.kind ?? null, where: query.where ?? {}, limit: neo4j.int(query.limit ?? 1_000_000) })).records.map((r) => toNode(r.get('n'))),
    );
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return this.read(async (tx, version) => {
      const kept = new Set<string>();
      const start = (await tx.run(cypher.GET_NODES, { version, ids: [query.id] })).records.map((r) => toNode(r.get('n')));
      if (start.length === 0 || query.limit < 1) return { nodes: [], edges: [] };
      kept.add(query.id);
      let frontier = [query.id];
      // One round trip per ring: the depth bounds the calls, not the number of nodes.
      for (let depth = 0; depth < query.depth && frontier.length > 0 && kept.size < query.limit; depth++) {
        const edges = await this.edgesIn(tx, version, { nodeIds: frontier, direction: 'both', types: query.edgeTypes });
        const ring = new Set<string>();
        for (const edge of edges) for (const end of [edge.source, edge.target]) if (!kept.has(end)) ring.add(end);
        frontier = [...ring].sort().slice(0, query.limit - kept.size);
        for (const id of frontier) kept.add(id);
      }
      const ids = [...kept];
      const nodes = (await tx.run(cypher.GET_NODES, { version, ids })).records.map((r) => toNode(r.get('n')));
      const edges = (await this.edgesIn(tx, version, { nodeIds: ids, direction: 'out', types: query.edgeTypes })).filter((e) => kept.has(e.target));
      return { nodes: nodes.sort(byId), edges };
    });
  }

  async shortestPath(query: PathQuery): Promise<Subgraph | null> {
    return this.read(async (tx, version) => {
      const result = await tx.run(cypher.SHORTEST_PATH, { version, from: query.from, to: query.to, maxHops: neo4j.int(query.maxHops), types: query.edgeTypes ? [...query.edgeTypes] : null });
      const record = result.records[0];
      if (!record) return null;
      const nodes = (record.get('nodes') as Neo4jNode[]).map(toNode);
      const edges = (record.get('edges') as { rel: Relationship; type: string; source: string; target: string }[]).map((e) => toEdge(e.rel, e.type, e.source, e.target));
      return { nodes, edges };
    });
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const lucene = toLuceneQuery(query.text);
    if (lucene === '') return [];
    return this.read(async (tx, version) =>
      (await tx.run(cypher.SEARCH, { version, query: lucene, kinds: query.kinds ? [...query.kinds] : null, limit: neo4j.int(query.limit) })).records.map((r) => {
        const node = toNode(r.get('node'));
        const text = typeof node.props.summary === 'string' ? node.props.summary : node.label;
        return { node, score: Number(r.get('score')), snippet: text.slice(0, 160) };
      }),
    );
  }

  async counts(): Promise<GraphCounts> {
    return this.read(async (tx, version) => {
      const tally = async (statement: string) =>
        Object.fromEntries((await tx.run(statement, { version })).records.map((r) => [String(r.get('key')), Number(r.get('count'))]).sort());
      return { nodes: await tally(cypher.COUNT_NODES), edges: await tally(cypher.COUNT_EDGES) };
    });
  }

  async facetCounts(query: FacetQuery): Promise<FacetRow[]> {
    return this.read(async (tx, version) => {
      const nodes = (await tx.run(cypher.FIND_NODES, { version, kind: query.kind, where: {}, limit: neo4j.int(1_000_000) })).records.map((r) => toNode(r.get('n')));
      const ids = nodes.map((n) => n.id);
      const perFacet = await Promise.all(
        query.by.map(async (facet) => {
          const edges = await this.edgesIn(tx, version, { nodeIds: ids, direction: facet.direction, types: [facet.edgeType] });
          const others = facet.targetProp ? await this.nodesById(tx, version, edges.map((e) => (facet.direction === 'out' ? e.target : e.source))) : undefined;
          const keys = new Map<string, Set<string>>();
          for (const edge of edges) {
            const [self, other] = facet.direction === 'out' ? [edge.source, edge.target] : [edge.target, edge.source];
            if (!ids.includes(self)) continue;
            const value = facet.targetProp ? others?.get(other)?.props[facet.targetProp] : other;
            const set = keys.get(self) ?? new Set<string>();
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) set.add(String(v));
            keys.set(self, set);
          }
          return keys;
        }),
      );
      const rows = new Map<string, FacetRow>();
      for (const id of ids) {
        let combinations: string[][] = [[]];
        for (const keys of perFacet) combinations = combinations.flatMap((prefix) => [...(keys.get(id) ?? [])].map((k) => [...prefix, k]));
        for (const combination of combinations) {
          const slot = combination.join('\u0000');
          const row = rows.get(slot) ?? { keys: combination, count: 0 };
          row.count++;
          rows.set(slot, row);
        }
      }
      return [...rows.values()].sort((a, b) => b.count - a.count || (a.keys.join('\u0000') < b.keys.join('\u0000') ? -1 : 1));
    });
  }

  private async nodesById(tx: ManagedTransaction, version: Integer, ids: string[]): Promise<Map<string, GraphNode>> {
    const nodes = (await tx.run(cypher.GET_NODES, { version, ids: [...new Set(ids)] })).records.map((r) => toNode(r.get('n')));
    return new Map(nodes.map((n) => [n.id, n]));
  }

  private async edgesIn(tx: ManagedTransaction, version: Integer, query: EdgeQuery): Promise<GraphEdge[]> {
    const params = { version, ids: [...new Set(query.nodeIds)], types: query.types ? [...query.types] : null };
    const found = new Map<string, GraphEdge>();
    for (const statement of query.direction === 'out' ? [cypher.EDGES_OUT] : query.direction === 'in' ? [cypher.EDGES_IN] : [cypher.EDGES_OUT, cypher.EDGES_IN]) {
      for (const r of (await tx.run(statement, params)).records) {
        const edge = toEdge(r.get('r'), r.get('type'), r.get('source'), r.get('target'));
        found.set(edge.id, edge);
      }
    }
    return [...found.values()].sort(byId);
  }

  private async deleteVersion(version: Integer): Promise<void> {
    for (;;) {
      const deleted = await this.write(async (tx) => Number((await tx.run(cypher.DELETE_VERSION_BATCH, { version, batchSize: neo4j.int(WRITE_CHUNK) })).records[0]?.get('deleted') ?? 0));
      if (deleted === 0) return;
    }
  }

  /** A read transaction that first learns which graph version is current. */
  private async read<T>(work: (tx: ManagedTransaction, version: Integer) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        // Versions go over the wire as Cypher integers, never as floats.
        const version = neo4j.int(Number((await tx.run(cypher.CURRENT_VERSION)).records[0]?.get('version') ?? 0));
        return work(tx, version);
      });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  private translate(error: unknown): Error {
    if (error instanceof KgError) return error;
    const code = (error as { code?: string }).code ?? '';
    if (/ServiceUnavailable|SessionExpired|ECONNREFUSED|Security\.Unauthorized|Authentication/i.test(code)) return this.unavailable(error);
    return new KgError('STORE_WRITE_FAILED', `Neo4j refused the operation (${code || 'unknown error'})`);
  }

  /** A typed error that never carries the URI or the credentials. */
  private unavailable(error: unknown): KgError {
    const code = (error as { code?: string }).code ?? 'no answer';
    return new KgError('STORE_UNAVAILABLE', `Neo4j cannot be reached (${code})`);
  }
}

/** Node properties as written: the flat props for Neo4j Browser users, and the exact props as JSON. */
function nodeRow(node: GraphNode) {
  const props: Record<string, unknown> = { ...node.props, propsJson: JSON.stringify(node.props) };
  if (node.origin) Object.assign(props, { originPath: node.origin.path, originLine: node.origin.line });
  for (const reserved of ['id', 'kind', 'label', 'graphVersion']) delete props[reserved];
  return { id: node.id, kind: node.kind, label: node.label, props };
}

function edgeRow(edge: GraphEdge) {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    props: { propsJson: JSON.stringify(edge.props), provenancePath: edge.provenance.path, provenanceLine: edge.provenance.line },
  };
}

function toNode(node: Neo4jNode): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const result: GraphNode = { id: String(p.id), kind: p.kind as NodeKind, label: String(p.label), props: JSON.parse(String(p.propsJson ?? '{}')) as Props };
  if (p.originPath !== undefined) result.origin = { path: String(p.originPath), line: Number(p.originLine) };
  return result;
}

function toEdge(rel: Relationship, type: string, source: string, target: string): GraphEdge {
  const p = rel.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    type: type as EdgeType,
    source,
    target,
    props: JSON.parse(String(p.propsJson ?? '{}')) as Props,
    provenance: { path: String(p.provenancePath), line: Number(p.provenanceLine) },
  };
}

/** Words of the user's text as a Lucene query: special characters escaped, each word as prefix or fuzzy. */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ''))
    .filter((word) => word.length > 1)
    .slice(0, 20)
    .map((word) => `(${word}* OR ${word}~)`)
    .join(' AND ');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
