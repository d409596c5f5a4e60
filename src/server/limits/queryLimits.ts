/** The query limits, in one place: tested at N and N+1 (server tests) and explained in the README. */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 15,
  directives: 20,
  tokens: 2000,
  /** Most cost a query may have; a list field costs its size (first/limit, default included) times its selection. */
  cost: 50_000,
  /** Size assumed for a list field without a first/limit argument. */
  defaultListSize: 10,
  /** Largest first/limit a query may ask for. */
  maxPageSize: 100,
} as const;
