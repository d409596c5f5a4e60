import { Field, Int, ObjectType } from 'type-graphql';

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
