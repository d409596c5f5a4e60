import type { GraphEdge } from '../domain/GraphEdge';
import type { GraphNode } from '../domain/GraphNode';
import { NodeInterface, TYPE_OF_KIND } from './node.interface';
import { Property } from './property.type';
import { Entity, Instrument, LiabilityRoute, Measure, Milestone, Provision, Requirement } from './nodes.type';
import { Edge } from './subgraph.type';

const CLASSES: Record<string, new () => NodeInterface> = { Provision, Instrument, Requirement, Measure, LiabilityRoute, Milestone, Entity };

/** The GraphQL object for a stored node: an instance of the class of its kind (type-graphql resolves interfaces by class). */
export function toGqlNode<T extends NodeInterface = NodeInterface>(node: GraphNode): T {
  const instance = new (CLASSES[TYPE_OF_KIND[node.kind] ?? 'Entity'] as new () => NodeInterface)();
  const properties = Object.entries(node.props)
    .filter(([key]) => key !== 'text')
    .map(([key, value]) => Object.assign(new Property(), { key, values: Array.isArray(value) ? value : [String(value)] }));
  return Object.assign(instance, { id: node.id, kind: node.kind, label: node.label, properties, source: node }) as T;
}

/** The GraphQL object for a stored edge. */
export function toGqlEdge(edge: GraphEdge): Edge {
  return Object.assign(new Edge(), {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    provenancePath: edge.provenance.path,
    provenanceLine: edge.provenance.line,
  });
}
