import { Field, Float, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

@ObjectType({ description: 'A ranked search hit.' })
export class SearchHit {
  @Field(() => NodeInterface) node!: NodeInterface;
  @Field(() => Float) score!: number;
  @Field(() => String, { description: 'A short piece of the matched text.' }) snippet!: string;
}
