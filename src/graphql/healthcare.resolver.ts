import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { KgContext } from './KgContext';
import { NodeInterface } from './node.interface';
import { related, textProp } from './related';
import { Entity, LiabilityRoute, Milestone, Provision } from './nodes.type';

@Resolver(() => LiabilityRoute)
export class LiabilityRouteResolver {
  @FieldResolver(() => String, { nullable: true }) summary(@Root() r: LiabilityRoute) {
    return textProp(r, 'summary');
  }

  @FieldResolver(() => [Entity], { description: 'Who bears it.' }) bearers(@Root() r: LiabilityRoute, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['BORNE_BY']);
  }

  @FieldResolver(() => [NodeInterface], { description: 'The provisions (or instrument) it rests on.' }) basis(@Root() r: LiabilityRoute, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['RESTS_ON']);
  }

  @FieldResolver(() => [Entity], { description: 'Defences the bearer can raise.' }) defences(@Root() r: LiabilityRoute, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['HAS_DEFENCE']);
  }

  @FieldResolver(() => [Entity], { description: 'Rulings that shaped it.' }) rulings(@Root() r: LiabilityRoute, @Ctx() ctx: KgContext) {
    return related(ctx, r, 'out', ['DECIDED_IN']);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => String, { nullable: true, description: 'ISO date.' }) date(@Root() m: Milestone) {
    return textProp(m, 'date');
  }

  @FieldResolver(() => [NodeInterface], { description: 'What applies from this date: chapters, sections, articles or the whole instrument.' })
  applies(@Root() m: Milestone, @Ctx() ctx: KgContext) {
    return related(ctx, m, 'out', ['APPLIES']);
  }

  @FieldResolver(() => [Provision], { description: 'The provisions that set this date.' }) restsOn(@Root() m: Milestone, @Ctx() ctx: KgContext) {
    return related(ctx, m, 'out', ['RESTS_ON']);
  }
}
