import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { KgContext } from './KgContext';
import { NodeInterface } from './node.interface';
import { related, textProp } from './related';
import { toGqlNode } from './toGqlNode';
import { Instrument, Provision } from './nodes.type';

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Article number (e.g. `16`, `6:185`).' })
  number(@Root() p: Provision) {
    return textProp(p, 'article') ?? textProp(p, 'number');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Paragraph (lid) label, when this is a paragraph or a point in one.' })
  paragraph(@Root() p: Provision) {
    return textProp(p, 'paragraph');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Point label (`j`), when this is a point.' })
  point(@Root() p: Provision) {
    return textProp(p, 'point');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title of the article or division.' })
  title(@Root() p: Provision) {
    return textProp(p, 'title');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Text, where the dataset holds it (the project carries structure, not statute text).' })
  text(@Root() p: Provision) {
    return textProp(p, 'text');
  }

  @FieldResolver(() => String, { nullable: true, description: 'article, paragraph, point, recital, annex, division or book.' })
  level(@Root() p: Provision) {
    return textProp(p, 'level');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Chapter (roman) of an AI Act article.' })
  chapter(@Root() p: Provision) {
    return textProp(p, 'chapter');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Link to EUR-Lex or wetten.overheid.nl.' })
  uri(@Root() p: Provision) {
    return textProp(p, 'uri');
  }

  @FieldResolver(() => Instrument, { nullable: true, description: 'The instrument this provision belongs to.' })
  async instrument(@Root() p: Provision, @Ctx() ctx: KgContext) {
    const id = textProp(p, 'instrument');
    const node = id ? await ctx.loaders.node.load(id) : null;
    return node ? toGqlNode(node) : null;
  }

  @FieldResolver(() => NodeInterface, { nullable: true, description: 'The provision or instrument directly above (point → paragraph → article → instrument).' })
  async parent(@Root() p: Provision, @Ctx() ctx: KgContext) {
    return (await related(ctx, p, 'out', ['PART_OF']))[0] ?? null;
  }

  @FieldResolver(() => [Provision], { description: 'The provisions directly below (paragraphs, points).' })
  children(@Root() p: Provision, @Ctx() ctx: KgContext) {
    return related(ctx, p, 'in', ['PART_OF']);
  }

  @FieldResolver(() => [NodeInterface], { description: 'Requirements, obligations, documents and rulings that cite, rest on, mention or interpret this provision itself.' })
  citedBy(@Root() p: Provision, @Ctx() ctx: KgContext) {
    return related(ctx, p, 'in', ['CITES', 'RESTS_ON', 'MENTIONS', 'INTERPRETS']);
  }

  @FieldResolver(() => [Provision], { description: 'Provisions this article refers to.' })
  refersTo(@Root() p: Provision, @Ctx() ctx: KgContext) {
    return related(ctx, p, 'out', ['REFERS_TO']);
  }
}
