import { Field, ObjectType } from 'type-graphql';
import { Provision } from './nodes.type';

@ObjectType({ description: 'For one chapter: the articles some requirement cites, and those none cites.' })
export class ChapterCoverage {
  @Field(() => String, { description: 'Chapter number (roman).' }) chapter!: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => [Provision]) cited!: Provision[];
  @Field(() => [Provision]) notCited!: Provision[];
}
