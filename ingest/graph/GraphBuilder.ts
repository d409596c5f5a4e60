import { ancestorIds, describeProvision } from '../../src/domain/citations/provisionIds';
import { instrumentById } from '../../src/domain/citations/instruments';
import type { EdgeType } from '../../src/domain/edgeTypes';
import { sortBatch, type GraphBatch } from '../../src/domain/GraphBatch';
import { edgeId, type GraphEdge } from '../../src/domain/GraphEdge';
import type { GraphNode, Props } from '../../src/domain/GraphNode';
import { compareProvenance, type Provenance } from '../../src/domain/Provenance';

/**
 * Collects nodes and edges while ingest walks its documents, so that the result does not depend on
 * the order in which things were said: a node defined by a document beats one implied by an id, an
 * edge said twice keeps the first place (by path and line) that said it.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  /** Adds or completes a node. Defined nodes (with an origin) win over implied ones; props merge. */
  addNode(node: GraphNode): void {
    const existing = this.nodes.get(node.id);
    if (!existing) {
      this.nodes.set(node.id, { ...node, props: { ...node.props } });
      return;
    }
    const [primary, secondary] = rank(existing, node);
    this.nodes.set(node.id, { ...primary, props: { ...secondary.props, ...primary.props } });
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  get(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** Adds an edge; the same (source, type, target) said again keeps the earliest provenance. */
  addEdge(source: string, type: EdgeType, target: string, provenance: Provenance, props: Props = {}): void {
    const id = edgeId(source, type, target);
    const existing = this.edges.get(id);
    if (!existing || compareProvenance(provenance, existing.provenance) < 0) {
      this.edges.set(id, { id, type, source, target, props, provenance });
    }
  }

  /**
   * Makes sure a provision and everything above it (paragraph, article, instrument) exist, with
   * PART_OF edges up the chain, so that a citation of 16(j) is reachable from Article 16.
   */
  ensureProvision(id: string, provenance: Provenance): boolean {
    const chain = [id, ...ancestorIds(id)];
    for (let i = 0; i < chain.length; i++) {
      const current = chain[i] as string;
      const parent = chain[i + 1];
      if (!this.nodes.has(current)) {
        const node = impliedNode(current);
        if (!node) return false;
        this.nodes.set(current, node);
      }
      if (parent) this.addEdge(current, 'PART_OF', parent, provenance);
    }
    return true;
  }

  ids(): IterableIterator<string> {
    return this.nodes.keys();
  }

  allEdges(): IterableIterator<GraphEdge> {
    return this.edges.values();
  }

  /** Drops edges whose ends are missing and returns them, so the caller can report each. */
  dropDanglingEdges(): GraphEdge[] {
    const dropped: GraphEdge[] = [];
    for (const [id, edge] of this.edges) {
      if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) {
        dropped.push(edge);
        this.edges.delete(id);
      }
    }
    return dropped;
  }

  /** The graph, sorted, ready to write or to serialise byte-identically. */
  build(): GraphBatch {
    return sortBatch({ nodes: [...this.nodes.values()], edges: [...this.edges.values()] });
  }
}

function rank(a: GraphNode, b: GraphNode): [GraphNode, GraphNode] {
  if (a.origin && !b.origin) return [a, b];
  if (b.origin && !a.origin) return [b, a];
  if (a.origin && b.origin) return compareProvenance(a.origin, b.origin) <= 0 ? [a, b] : [b, a];
  return [a, b];
}

/** A node known only from its id: an instrument from the registry or a provision described by its id. */
function impliedNode(id: string): GraphNode | undefined {
  const instrument = instrumentById(id);
  if (instrument) {
    const props: Props = { shortName: instrument.shortName, jurisdiction: instrument.jurisdiction, type: instrument.type, uri: instrument.uri, aliases: [...instrument.aliases] };
    if (instrument.celex) props.celex = instrument.celex;
    if (instrument.eli) props.eli = instrument.eli;
    if (instrument.bwb) props.bwb = instrument.bwb;
    return { id, kind: 'Instrument', label: instrument.label, props };
  }
  const provision = describeProvision(id);
  if (!provision) return undefined;
  const props: Props = { instrument: provision.instrument, level: provision.level };
  for (const key of ['article', 'paragraph', 'point', 'number', 'uri'] as const) {
    const value = provision[key];
    if (value !== undefined) props[key] = value;
  }
  return { id, kind: 'Provision', label: provision.label, props };
}
