import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

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
