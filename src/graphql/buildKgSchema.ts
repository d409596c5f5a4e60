import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { LiabilityRouteResolver, MilestoneResolver } from './healthcare.resolver';
import { ProvisionResolver } from './provision.resolver';
import { QueryResolver } from './query.resolver';
import { MeasureResolver, RequirementResolver } from './requirement.resolver';
import { Entity, Instrument } from './nodes.type';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once from the resolvers' decorators. */
export function buildKgSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [QueryResolver, ProvisionResolver, RequirementResolver, MeasureResolver, LiabilityRouteResolver, MilestoneResolver],
    orphanedTypes: [Entity, Instrument],
    validate: false,
  });
  return built;
}
