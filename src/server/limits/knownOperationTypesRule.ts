import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses an operation whose root type the schema lacks (`mutation`, `subscription`: the API is
 * read-only). graphql-js 16 leaves this to execution, whose "not configured" error Apollo treats as
 * the server's fault: a 200 with INTERNAL_SERVER_ERROR (found by the fuzzer). As a validation rule it
 * is the client's error: a 400 with GRAPHQL_VALIDATION_FAILED, before anything runs.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) context.reportError(new GraphQLError(`this API has no ${node.operation} operations; it is read-only`, { nodes: node }));
    },
  };
}
