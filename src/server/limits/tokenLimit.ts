import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/** How many tokens a query has, counting no further than `stopAfter` (so a huge query costs little to refuse). */
export function countTokens(query: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count++;
  } catch {
    // A lexing error is a syntax error; the GraphQL server reports it properly.
  }
  return count;
}

/**
 * Refuses a query of more than `max` tokens with a 400, before it is parsed: parse time grows with
 * the token count, so this is the cheapest place to stop an oversized query.
 */
export function tokenLimit(max: number): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && countTokens(query, max) > max) {
      res.status(400).json({ errors: [{ message: `the query has more than ${max} tokens`, extensions: { code: 'QUERY_TOO_LARGE' } }] });
      return;
    }
    next();
  };
}
