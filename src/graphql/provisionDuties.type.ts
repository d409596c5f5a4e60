import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';
import { Provision } from './nodes.type';

@ObjectType({ description: 'An article and the requirements and obligations that tie a role to it.' })
export class ProvisionDuties {
  @Field(() => Provision, { description: 'The article (points and paragraphs roll up to it).' }) provision!: Provision;
  @Field(() => [NodeInterface], { description: 'Requirements and obligations that bind the role and rest on this article or a part of it.' }) evidence!: NodeInterface[];
}
