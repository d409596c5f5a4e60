import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the requirements; all given conditions must hold.' })
export class RequirementFilter {
  @Field(() => String, { nullable: true, description: 'AI Act role key, e.g. `aanbieder`, `gebruiksverantwoordelijke`.' }) role?: string;
  @Field(() => String, { nullable: true, description: 'Lifecycle phase, e.g. `ontwerp`, `monitoring-en-beheer`.' }) lifecyclePhase?: string;
  @Field(() => String, { nullable: true, description: 'Topic, e.g. `transparantie`, `governance`.' }) topic?: string;
  @Field(() => String, { nullable: true, description: 'AI Act risk group, e.g. `hoog-risico-ai-systeem`.' }) riskGroup?: string;
  @Field(() => String, { nullable: true, description: 'Application type, e.g. `ai-systeem`.' }) applicationType?: string;
  @Field(() => String, { nullable: true, description: 'A provision id or citation; requirements citing it or any part of it match.' }) provision?: string;
  @Field(() => String, { nullable: true, description: 'Free text, searched in titles and texts.' }) text?: string;
}
