/** The GraphQL operations the API benchmarks send, by name. `floor` is the cheapest answer the server can give. */
export const API_QUERIES = {
  floor: '{ __typename }',
  duties: '{ articlesImposingDuties(role: "aanbieder") { provision { id title } evidence { id kind label } } }',
  neighbourhood: '{ neighborhood(id: "urn:nl:ak:ver:aia-18", depth: 2, limit: 200) { nodes { id kind label } edges { id type source target } } }',
  path: '{ path(from: "urn:nl:ak:ver:aia-18", to: "nl:BWBR0005289/boek_6/art_185", maxHops: 6) { nodes { id kind label } edges { id type source target } } }',
  search: '{ search(text: "risicobeheersysteem", first: 20) { score snippet node { id kind label } } }',
  requirementsPage: '{ requirements(first: 50) { totalCount edges { node { id label cites { id label } measures { id label } } } } }',
} as const;

export type ApiQueryName = keyof typeof API_QUERIES;

/** How many items an answer holds (nodes, hits, edges of a page…), to show that store calls do not follow it. */
export function countItems(data: unknown): number {
  if (Array.isArray(data)) return data.length + data.reduce((sum: number, item) => sum + countItems(item), 0);
  if (data && typeof data === 'object') return Object.values(data).reduce((sum: number, value) => sum + countItems(value), 0);
  return 0;
}
