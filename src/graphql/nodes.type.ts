import { ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

/** The object types of the node kinds that have fields of their own; every other kind is an Entity. */
@ObjectType({ implements: NodeInterface, description: 'A node of a kind without a type of its own (Role, Actor, Obligation, Defence, Ruling, Tool, Topic, …).' })
export class Entity extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'A legal instrument: the AI Act, the AVG, BW Book 6, …' })
export class Instrument extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'An addressable part of an instrument: chapter, section, article, paragraph (lid), point, recital or annex.' })
export class Provision extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'An Algoritmekader requirement (vereiste).' })
export class Requirement extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'An Algoritmekader measure (maatregel).' })
export class Measure extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'A way to hold a party liable for harm from AI, with bearer, basis, defences and rulings.' })
export class LiabilityRoute extends NodeInterface {}

@ObjectType({ implements: NodeInterface, description: 'A date from which provisions apply.' })
export class Milestone extends NodeInterface {}
