import { Field, ObjectType } from 'type-graphql';

/** A flat property of a node. */
@ObjectType({ description: 'One property of a node, its values as text.' })
export class Property {
  @Field(() => String) key!: string;
  @Field(() => [String]) values!: string[];
}
