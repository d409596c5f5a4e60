import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { QUERY_LIMITS } from './queryLimits';

const SIZE_ARGUMENTS = ['first', 'limit'];

function refuse(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Refuses costly queries before any resolver runs (so a refused query costs no store call). A list
 * field costs its size — its `first`/`limit` argument, defaults included, or a fixed guess — times
 * its selection; introspection is costed like any other query.
 */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let tooLarge: string | undefined;
          const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
            if (!isListType(getNullableType(field.type))) return undefined;
            // A connection's edges are as many as its `first`, which the page estimator already counts.
            if (type.name.endsWith('Connection')) return 1 + childComplexity;
            const sizeArg = SIZE_ARGUMENTS.find((name) => typeof args[name] === 'number');
            const size = sizeArg ? (args[sizeArg] as number) : QUERY_LIMITS.defaultListSize;
            if (sizeArg && size > QUERY_LIMITS.maxPageSize) tooLarge = `${sizeArg} may be at most ${QUERY_LIMITS.maxPageSize}, got ${size}`;
            return size * (1 + childComplexity);
          };
          const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
            // Connections (requirements) are not lists themselves but hold `first` items.
            const size = typeof args.first === 'number' ? args.first : undefined;
            if (size === undefined) return undefined;
            if (size > QUERY_LIMITS.maxPageSize) tooLarge = `first may be at most ${QUERY_LIMITS.maxPageSize}, got ${size}`;
            return size * (1 + childComplexity);
          };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              // The name Apollo resolved, not the one sent: an empty `operationName` beside an anonymous
              // operation made getComplexity read the missing name's value and throw, a 500 (found by the fuzzer).
              operationName: operationName ?? undefined,
              variables: request.variables,
              estimators: [listEstimator, pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first and throws their error (a missing `$ref: String!`,
            // a string for an Int) as a bare GraphQLError, which Apollo answered with a 500 (found by the
            // fuzzer). It is the client's mistake: the same 400 Apollo gives for bad variables itself.
            if (error instanceof GraphQLError) throw refuse('BAD_USER_INPUT', error.message);
            throw error;
          }
          if (tooLarge) throw refuse('BAD_USER_INPUT', tooLarge);
          if (cost > QUERY_LIMITS.cost) {
            throw refuse('QUERY_TOO_COSTLY', `the query would cost ${cost}, more than the limit of ${QUERY_LIMITS.cost}; ask for fewer items or less nesting`);
          }
        },
      };
    },
  };
}
