import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { KgContext } from './KgContext';
import { NodeInterface } from './node.interface';
import { related, textProp } from './related';
import { Entity, Measure, Requirement } from './nodes.type';

@Resolver(() => Requirement)
export class RequirementResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Short code, e.g. `aia-18`.' })
  code(@Root() r: Requirement) {
    return textProp(r, 'code');
  }

  @FieldResolver(() => String, { nullable: true, description: 'The toelichting: a one-paragraph summary.' })
  summary(@Root() r: Requirement) {
    return textProp(r, 'summary');
  }

  @FieldResolver(() => [Entity], { description: 'AI Act roles the requirement binds (rol-ai-act).' })
  roles(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['BINDS']);
  }

  @FieldResolver(() => [Entity], { description: 'Lifecycle phases (levenscyclus).' })
  lifecyclePhases(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['IN_PHASE']);
  }

  @FieldResolver(() => [Entity], { description: 'Topics (onderwerp).' })
  topics(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['HAS_TOPIC']);
  }

  @FieldResolver(() => [Entity], { description: 'AI Act risk groups (risicogroep).' })
  riskGroups(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['IN_RISK_GROUP']);
  }

  @FieldResolver(() => [NodeInterface], { description: 'Provisions, instruments and sources in its Bronnen.' })
  cites(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['CITES']);
  }

  @FieldResolver(() => [Measure], { description: 'Measures that serve this requirement.' })
  measures(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'in', ['IMPLEMENTS']);
  }

  @FieldResolver(() => [Entity], { description: 'Tools that help meet it.' })
  tools(@Root() r: Requirement, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'in', ['SUPPORTS']);
  }
}

@Resolver(() => Measure)
export class MeasureResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Short code, e.g. `owp-19`.' })
  code(@Root() m: Measure) {
    return textProp(m, 'code');
  }

  @FieldResolver(() => [Requirement], { description: 'Requirements this measure serves.' })
  requirements(@Root() m: Measure, @Ctx() ctx: KgContext) {
    return related(ctx, m, 'out', ['IMPLEMENTS']);
  }
}
