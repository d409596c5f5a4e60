import { EXPLORER_QUERIES } from './explorerQueries.js';
import { edgeId, type GraphEdge, type GraphNode, type Subgraph } from './graphTypes.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { ViewState } from './viewState.js';

/** Most nodes a neighbourhood view asks for; the API allows 500, a readable drawing far fewer. */
export const VIEW_LIMIT = 150;
/** Most nodes one click adds. */
export const EXPAND_LIMIT = 60;

/** One group of a preset's answer as a list: a head (an article, a route) and the nodes under it. */
export interface ResultGroup {
  head: GraphNode;
  items: { label: string; nodes: GraphNode[] }[];
}

/** A preset's answer in words, shown beside the drawing so it can be read (and used by keyboard). */
export interface ResultList {
  title: string;
  groups: ResultGroup[];
}

/** What to draw for a view, and how. */
export interface LoadedView {
  graph: Subgraph;
  centre?: string;
  /** The nodes of a path, from start to end. */
  path?: string[];
  result?: ResultList;
  /** Neighbours added by clicks, in click order: each node's neighbourhood at depth 1. */
  expansions: { id: string; graph: Subgraph }[];
  /** Said in the status line: a limit reached, nothing found. */
  note?: string;
}

/** Builds a subgraph from parts, without duplicates (presets meet the same node along several lines). */
class SubgraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  node(node: GraphNode | null | undefined): this {
    if (node && !this.nodes.has(node.id)) this.nodes.set(node.id, { id: node.id, kind: node.kind, label: node.label });
    return this;
  }
  edge(source: string, type: string, target: string, rolledUp = false): this {
    const id = edgeId(source, type, target);
    if (!this.edges.has(id)) this.edges.set(id, { id, type, source, target, ...(rolledUp ? { rolledUp } : {}) });
    return this;
  }
  add(graph: Subgraph): this {
    graph.nodes.forEach((n) => this.node(n));
    graph.edges.forEach((e) => this.edges.set(e.id, e));
    return this;
  }
  build(): Subgraph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target)) };
  }
}

/** The edge types the API would follow: all but the hidden ones (null means all). */
function followed(state: ViewState, allTypes: string[]): string[] | null {
  if (state.hidden.length === 0) return null;
  return allTypes.filter((t) => !state.hidden.includes(t));
}

/** A node's neighbourhood to a depth, as the API's `neighborhood` query gives it. */
export async function fetchNeighbourhood(id: string, depth: number, types: string[] | null, limit: number): Promise<Subgraph> {
  const data = await graphqlRequest<{ neighborhood: Subgraph }>(EXPLORER_QUERIES.neighbourhood, { id, depth, types, limit });
  return data.neighborhood;
}

/** Fetches what a view shows. Undefined when the view names nothing (the empty start page). */
export async function loadView(state: ViewState, allTypes: string[]): Promise<LoadedView | undefined> {
  const types = followed(state, allTypes);
  const base = await loadBase(state, types);
  if (!base) return undefined;
  // Expansions are replayed in click order, so a shared link rebuilds the same graph.
  const graphs = await Promise.all(state.expanded.map((id) => fetchNeighbourhood(id, 1, types, EXPAND_LIMIT)));
  return { ...base, expansions: state.expanded.map((id, i) => ({ id, graph: graphs[i] as Subgraph })) };
}

async function loadBase(state: ViewState, types: string[] | null): Promise<Omit<LoadedView, 'expansions'> | undefined> {
  if (state.preset === 'duties') return loadDuties(state.arg ?? 'aanbieder', state.instrument);
  if (state.preset === 'cites') return loadWhatCites(state.arg ?? 'Artikel 16 AI-verordening');
  if (state.preset === 'liability') return loadLiabilityRoutes(state.arg);
  if (state.from && state.to) return loadPath(state.from, state.to);
  if (!state.node) return undefined;
  const graph = await fetchNeighbourhood(state.node, state.depth, types, VIEW_LIMIT);
  if (graph.nodes.length === 0) return { graph, note: `Geen knoop met id ${state.node}.` };
  const limited = graph.nodes.length >= VIEW_LIMIT ? `De eerste ${VIEW_LIMIT} knopen; verklein de diepte of verberg relaties.` : undefined;
  return { graph, centre: state.node, note: limited };
}

async function loadPath(from: string, to: string): Promise<Omit<LoadedView, 'expansions'>> {
  const { path } = await graphqlRequest<{ path: Subgraph | null }>(EXPLORER_QUERIES.path, { from, to });
  if (!path) return { graph: { nodes: [], edges: [] }, note: 'Geen pad gevonden binnen 8 stappen.' };
  return { graph: path, path: walk(path, from), note: `Pad van ${path.nodes.length - 1} stappen.` };
}

// The API returns a path's nodes; the order is recomputed from its edges so the drawing never depends on it.
function walk(path: Subgraph, from: string): string[] {
  const order = [from];
  const used = new Set<string>();
  while (order.length < path.nodes.length) {
    const last = order[order.length - 1] as string;
    const edge = path.edges.find((e) => !used.has(e.id) && (e.source === last || e.target === last));
    if (!edge) break;
    used.add(edge.id);
    order.push(edge.source === last ? edge.target : edge.source);
  }
  return order;
}

interface DutiesAnswer {
  articlesImposingDuties: { provision: GraphNode; evidence: (GraphNode & { cites?: { id: string }[] })[] }[];
  asRole: Subgraph;
  asActor: Subgraph;
}

/** Question 1: which articles bind a role, and through which requirements or obligations. */
async function loadDuties(role: string, instrument: string | undefined): Promise<Omit<LoadedView, 'expansions'>> {
  const key = role.trim().toLowerCase();
  const data = await graphqlRequest<DutiesAnswer>(EXPLORER_QUERIES.duties, { role: key, instrument: instrument ?? null, roleId: `role:${key}`, actorId: `actor:${key}` });
  const builder = new SubgraphBuilder();
  const evidence = new Set(data.articlesImposingDuties.flatMap((row) => row.evidence.map((e) => e.id)));
  // The role (or actor), the roles it plays, and the BINDS edges from the evidence: real edges of the graph.
  const parties = new Set([`role:${key}`, `actor:${key}`]);
  for (const graph of [data.asRole, data.asActor]) graph.edges.filter((e) => e.type === 'PLAYS' && parties.has(e.source)).forEach((e) => parties.add(e.target));
  for (const graph of [data.asRole, data.asActor]) {
    graph.nodes.filter((n) => parties.has(n.id) || evidence.has(n.id)).forEach((n) => builder.node(n));
    graph.edges.filter((e) => (e.type === 'PLAYS' && parties.has(e.source)) || (e.type === 'BINDS' && evidence.has(e.source) && parties.has(e.target))).forEach((e) => builder.edge(e.source, e.type, e.target));
  }
  for (const row of data.articlesImposingDuties) {
    builder.node(row.provision);
    for (const item of row.evidence) {
      builder.node(item);
      // The API rolls citations of a point or paragraph up to the article; such edges are drawn dashed.
      const type = item.kind === 'Requirement' ? 'CITES' : 'RESTS_ON';
      const direct = item.cites ? item.cites.some((c) => c.id === row.provision.id) : true;
      builder.edge(item.id, type, row.provision.id, !direct);
    }
  }
  const groups = data.articlesImposingDuties.map((row) => ({ head: row.provision, items: [{ label: 'via', nodes: row.evidence }] }));
  const centre = [...parties].find((id) => builder.build().nodes.some((n) => n.id === id));
  return {
    graph: builder.build(),
    centre,
    result: { title: `Artikelen die plichten opleggen aan ${key} (${groups.length})`, groups },
    note: groups.length === 0 ? `Geen artikelen gevonden voor ${key}.` : undefined,
  };
}

interface WhatCitesAnswer {
  provision: (GraphNode & { citedBy: GraphNode[] }) | null;
  requirements: { totalCount: number; edges: { node: GraphNode & { cites: GraphNode[] } }[] };
}

// The edge type by which a node of this kind points at a provision (the model's own vocabulary).
const CITING_EDGE: Record<string, string> = { Requirement: 'CITES', Document: 'MENTIONS', Ruling: 'INTERPRETS', Role: 'DEFINED_BY' };

/** Question 2: which requirements (and other nodes) cite an article, also through its points. */
async function loadWhatCites(ref: string): Promise<Omit<LoadedView, 'expansions'>> {
  const data = await graphqlRequest<WhatCitesAnswer>(EXPLORER_QUERIES.cites, { ref });
  const article = data.provision;
  if (!article) return { graph: { nodes: [], edges: [] }, note: `Geen bepaling gevonden voor "${ref}".` };
  const builder = new SubgraphBuilder().node(article);
  const direct: GraphNode[] = [];
  const viaPart: GraphNode[] = [];
  for (const { node } of data.requirements.edges) {
    builder.node(node);
    const parts = node.cites.filter((c) => c.id === article.id || c.id.startsWith(`${article.id}/`));
    for (const part of parts) {
      builder.node(part).edge(node.id, 'CITES', part.id);
      if (part.id !== article.id) builder.edge(part.id, 'PART_OF', article.id, part.id.split('/').length - article.id.split('/').length > 1);
    }
    (parts.some((p) => p.id === article.id) ? direct : viaPart).push(node);
  }
  const others = article.citedBy.filter((n) => n.kind !== 'Requirement');
  for (const node of others) builder.node(node).edge(node.id, CITING_EDGE[node.kind] ?? 'RESTS_ON', article.id);
  const items = [
    { label: 'citeren het artikel zelf', nodes: direct },
    { label: 'citeren een lid of punt ervan', nodes: viaPart },
    { label: 'andere knopen die erop steunen', nodes: others },
  ].filter((item) => item.nodes.length > 0);
  return {
    graph: builder.build(),
    centre: article.id,
    result: { title: `Wat citeert ${article.label}? (${data.requirements.totalCount} vereisten)`, groups: [{ head: article, items }] },
  };
}

interface LiabilityAnswer {
  liabilityRoutes: (GraphNode & { summary: string | null; bearers: GraphNode[]; basis: GraphNode[]; defences: GraphNode[]; rulings: GraphNode[] })[];
}

/** Question 4: the liability routes for harm from defective AI, with bearer, basis, defences and rulings. */
async function loadLiabilityRoutes(actor: string | undefined): Promise<Omit<LoadedView, 'expansions'>> {
  const data = await graphqlRequest<LiabilityAnswer>(EXPLORER_QUERIES.liability, { actor: actor ?? null });
  const builder = new SubgraphBuilder();
  for (const route of data.liabilityRoutes) {
    builder.node(route);
    for (const [list, type] of [
      [route.bearers, 'BORNE_BY'],
      [route.basis, 'RESTS_ON'],
      [route.defences, 'HAS_DEFENCE'],
      [route.rulings, 'DECIDED_IN'],
    ] as const) {
      for (const node of list) builder.node(node).edge(route.id, type, node.id);
    }
  }
  const groups = data.liabilityRoutes.map((route) => ({
    head: route,
    items: [
      { label: 'gedragen door', nodes: route.bearers },
      { label: 'rust op', nodes: route.basis },
      { label: 'verweren', nodes: route.defences },
      { label: 'uitspraken', nodes: route.rulings },
    ].filter((item) => item.nodes.length > 0),
  }));
  return { graph: builder.build(), result: { title: `Aansprakelijkheidsroutes${actor ? ` voor ${actor}` : ''} (${groups.length})`, groups } };
}
