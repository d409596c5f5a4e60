import { Field, Int, ObjectType } from 'type-graphql';
import { Requirement } from './nodes.type';

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
