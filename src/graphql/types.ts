import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

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

@ObjectType({ description: 'A directed, typed edge.' })
export class Edge {
  @Field(() => String, { description: 'Deterministic id: `source|TYPE|target`.' }) id!: string;
  @Field(() => String, { description: 'The edge type, e.g. CITES, PART_OF, BINDS, RESTS_ON.' }) type!: string;
  @Field(() => String, { description: 'Id of the node the edge starts at.' }) source!: string;
  @Field(() => String, { description: 'Id of the node the edge points to.' }) target!: string;
  @Field(() => String, { nullable: true, description: 'The file that said so.' }) provenancePath?: string;
  @Field(() => Int, { nullable: true, description: 'The line in that file.' }) provenanceLine?: number;
}

@ObjectType({ description: 'Nodes and edges, ready to draw.' })
export class Subgraph {
  @Field(() => [NodeInterface]) nodes!: NodeInterface[];
  @Field(() => [Edge]) edges!: Edge[];
}

@ObjectType({ description: 'An article and the requirements and obligations that tie a role to it.' })
export class ProvisionDuties {
  @Field(() => Provision, { description: 'The article (points and paragraphs roll up to it).' }) provision!: Provision;
  @Field(() => [NodeInterface], { description: 'Requirements and obligations that bind the role and rest on this article or a part of it.' }) evidence!: NodeInterface[];
}

@ObjectType({ description: 'Something a role must do, with the provisions it rests on.' })
export class Duty {
  @Field(() => NodeInterface, { description: 'The requirement or obligation.' }) node!: NodeInterface;
  @Field(() => [Provision], { description: 'The provisions it cites or rests on.' }) provisions!: Provision[];
}

@ObjectType({ description: 'For one chapter: the articles some requirement cites, and those none cites.' })
export class ChapterCoverage {
  @Field(() => String, { description: 'Chapter number (roman).' }) chapter!: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => [Provision]) cited!: Provision[];
  @Field(() => [Provision]) notCited!: Provision[];
}

@ObjectType({ description: 'A ranked search hit.' })
export class SearchHit {
  @Field(() => NodeInterface) node!: NodeInterface;
  @Field(() => Float) score!: number;
  @Field(() => String, { description: 'A short piece of the matched text.' }) snippet!: string;
}

@ObjectType({ description: 'A count under one or two keys, for dashboards.' })
export class Count {
  @Field(() => [String], { description: 'The group keys (ids or values), one per dimension.' }) keys!: string[];
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts for dashboards.' })
export class Stats {
  @Field(() => [Count]) nodesPerKind!: Count[];
  @Field(() => [Count]) edgesPerType!: Count[];
  @Field(() => [Count], { description: 'Requirements per AI Act role × lifecycle phase.' }) requirementsPerRoleAndPhase!: Count[];
  @Field(() => [Count]) requirementsPerTopic!: Count[];
  @Field(() => [Count], { description: 'Requirements per instrument they cite.' }) requirementsPerInstrument!: Count[];
  @Field(() => [Count], { description: 'Measures that implement each requirement.' }) measuresPerRequirement!: Count[];
}

@ObjectType({ description: 'An edge of a requirements page.' })
export class RequirementEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Requirement) node!: Requirement;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

@ObjectType({ description: 'A page of requirements (Relay connection).' })
export class RequirementConnection {
  @Field(() => Int, { description: 'How many requirements match the filter in all.' }) totalCount!: number;
  @Field(() => [RequirementEdge]) edges!: RequirementEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
