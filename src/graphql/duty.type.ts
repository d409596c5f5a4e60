import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';
import { Provision } from './nodes.type';

@ObjectType({ description: 'Something a role must do, with the provisions it rests on.' })
export class Duty {
  @Field(() => NodeInterface, { description: 'The requirement or obligation.' }) node!: NodeInterface;
  @Field(() => [Provision], { description: 'The provisions it cites or rests on.' }) provisions!: Provision[];
}
