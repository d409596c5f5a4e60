import { EDGE_TYPE_NAMES, type EdgeType } from '../../domain/edgeTypes';
import { NODE_KINDS, type NodeKind } from '../../domain/nodeKinds';

/**
 * Every Cypher statement the Neo4j store sends, always with parameters. Labels and relationship
 * types are never taken from input: statements that need one are generated here, once per kind or
 * type of the model. The tests lint `ALL_STATEMENTS` with Neo4j's own parser.
 *
 * Model: each node is `(:Node:<Kind> {id, kind, label, graphVersion, propsJson, originPath,
 * originLine, …props})`; edges are `[:<TYPE> {id, graphVersion, propsJson, provenancePath,
 * provenanceLine}]`; `(:GraphMeta {key: 'current', version})` says which version readers see.
 */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT node_version_id IF NOT EXISTS FOR (n:Node) REQUIRE (n.graphVersion, n.id) IS UNIQUE',
  'CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE',
  'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.graphVersion, n.kind)',
  'CREATE FULLTEXT INDEX node_text IF NOT EXISTS FOR (n:Node) ON EACH [n.label, n.summary, n.text]',
] as const;

export const CURRENT_VERSION = "MATCH (m:GraphMeta {key: 'current'}) RETURN m.version AS version";

export const NEXT_VERSION = "OPTIONAL MATCH (m:GraphMeta {key: 'current'}) RETURN coalesce(m.staged, m.version, 0) + 1 AS version";

/** Records the version being staged, so a crashed ingest's leftovers can be found and removed. */
export const MARK_STAGING = "MERGE (m:GraphMeta {key: 'current'}) ON CREATE SET m.version = 0 SET m.staged = $version";

/** The switch: one small transaction makes the staged version the one readers see. */
export const SWITCH_VERSION = "MATCH (m:GraphMeta {key: 'current'}) SET m.version = $version, m.staged = null";

export const DELETE_VERSION_BATCH =
  'MATCH (n:Node {graphVersion: $version}) WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted';

/** Versions other than the current one (old graphs, failed stagings), to clean up. */
export const STALE_VERSIONS =
  "MATCH (m:GraphMeta {key: 'current'}) MATCH (n:Node) WHERE n.graphVersion <> m.version RETURN DISTINCT n.graphVersion AS version";

/** Creates nodes of one kind; one statement per kind so the label is part of the text, not input. */
export const CREATE_NODES: Record<NodeKind, string> = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    `UNWIND $nodes AS n CREATE (x:Node:${kind} {id: n.id, kind: n.kind, label: n.label, graphVersion: $version}) SET x += n.props`,
  ]),
) as Record<NodeKind, string>;

/** Creates edges of one type between nodes of the staged version. */
export const CREATE_EDGES: Record<EdgeType, string> = Object.fromEntries(
  EDGE_TYPE_NAMES.map((type) => [
    type,
    `UNWIND $edges AS e MATCH (a:Node {graphVersion: $version, id: e.source}) MATCH (b:Node {graphVersion: $version, id: e.target}) ` +
      `CREATE (a)-[r:${type} {id: e.id, graphVersion: $version}]->(b) SET r += e.props`,
  ]),
) as Record<EdgeType, string>;

export const GET_NODES = 'MATCH (n:Node {graphVersion: $version}) WHERE n.id IN $ids RETURN n';

export const EDGES_OUT =
  'MATCH (a:Node {graphVersion: $version})-[r]->(b:Node) WHERE a.id IN $ids AND ($types IS NULL OR type(r) IN $types) RETURN r, type(r) AS type, a.id AS source, b.id AS target';

export const EDGES_IN =
  'MATCH (a:Node)-[r]->(b:Node {graphVersion: $version}) WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types) RETURN r, type(r) AS type, a.id AS source, b.id AS target';

export const FIND_NODES =
  'MATCH (n:Node {graphVersion: $version}) WHERE ($kind IS NULL OR n.kind = $kind) ' +
  "AND all(k IN keys($where) WHERE CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN $where[k] IN n[k] ELSE n[k] = $where[k] END) " +
  'RETURN n ORDER BY n.id LIMIT $limit';

export const SHORTEST_PATH =
  'MATCH (a:Node {graphVersion: $version, id: $from}) MATCH (b:Node {graphVersion: $version, id: $to}) ' +
  'MATCH p = shortestPath((a)-[*..10]-(b)) WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types) ' +
  'RETURN [x IN nodes(p) | x] AS nodes, [r IN relationships(p) | {rel: r, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges';

export const SEARCH =
  "CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node, score " +
  'WHERE node.graphVersion = $version AND ($kinds IS NULL OR node.kind IN $kinds) RETURN node, score ORDER BY score DESC LIMIT $limit';

export const COUNT_NODES = 'MATCH (n:Node {graphVersion: $version}) RETURN n.kind AS key, count(*) AS count';

export const COUNT_EDGES = 'MATCH (:Node {graphVersion: $version})-[r]->() RETURN type(r) AS key, count(*) AS count';

export const ALL_NODES = 'MATCH (n:Node {graphVersion: $version}) RETURN n ORDER BY n.id';

export const ALL_EDGES =
  'MATCH (a:Node {graphVersion: $version})-[r]->(b:Node) RETURN r, type(r) AS type, a.id AS source, b.id AS target ORDER BY r.id';

/** Every statement the store can send, for the linter. */
export const ALL_STATEMENTS: readonly string[] = [
  ...SCHEMA_STATEMENTS,
  CURRENT_VERSION,
  NEXT_VERSION,
  MARK_STAGING,
  SWITCH_VERSION,
  DELETE_VERSION_BATCH,
  STALE_VERSIONS,
  ...Object.values(CREATE_NODES),
  ...Object.values(CREATE_EDGES),
  GET_NODES,
  EDGES_OUT,
  EDGES_IN,
  FIND_NODES,
  SHORTEST_PATH,
  SEARCH,
  COUNT_NODES,
  COUNT_EDGES,
  ALL_NODES,
  ALL_EDGES,
];

/** Parameters each statement may use, with example values (for the linter's schema). */
export const PARAMETERS: Record<string, unknown> = {
  version: 1,
  batchSize: 1000,
  nodes: [],
  edges: [],
  ids: [],
  types: [],
  kind: 'Requirement',
  where: {},
  limit: 10,
  from: 'a',
  to: 'b',
  maxHops: 6,
  query: 'text',
  kinds: [],
};

/** Property and map keys the statements read or write (the UNWIND rows' keys count too). */
export const PROPERTY_KEYS = ['id', 'kind', 'label', 'source', 'target', 'props', 'graphVersion', 'key', 'version', 'staged', 'summary', 'text', 'propsJson', 'originPath', 'originLine', 'provenancePath', 'provenanceLine'];
