import { Field, ID, InterfaceType } from 'type-graphql';
import type { GraphNode } from '../domain/GraphNode';
import { Property } from './property.type';

/** GraphQL type names for node kinds that have a type of their own; every other kind is an `Entity`. */
export const TYPE_OF_KIND: Record<string, string> = {
  Provision: 'Provision',
  Instrument: 'Instrument',
  Requirement: 'Requirement',
  Measure: 'Measure',
  LiabilityRoute: 'LiabilityRoute',
  Milestone: 'Milestone',
};

/** Every node of the graph, whatever its kind. */
@InterfaceType('Node', {
  description: 'Any node of the knowledge graph: a provision, requirement, measure, obligation, role, …',
  resolveType: (value: NodeInterface) => TYPE_OF_KIND[value.kind] ?? 'Entity',
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Canonical id, e.g. `eu:reg/2024/1689/art_16/pnt_j`, `urn:nl:ak:ver:aia-18`, `ecli:NL:HR:2020:1082`.' })
  id!: string;

  @Field(() => String, { description: 'The node kind: Provision, Requirement, Measure, Tool, Obligation, Role, Actor, LiabilityRoute, …' })
  kind!: string;

  @Field(() => String, { description: 'What a person reads: a title, a name or a citation.' })
  label!: string;

  @Field(() => [Property], { description: 'The node’s properties (summary, number, date, …) as text.' })
  properties!: Property[];

  /** The stored node, for field resolvers; not part of the schema. */
  source!: GraphNode;
}
