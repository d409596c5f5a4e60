/**
 * Every GraphQL query the explorer sends, in one place: the page uses only the public API, and these
 * are the operations a reader can replay in the playground.
 */
export const EXPLORER_QUERIES = {
  edgeTypes: `query ExplorerEdgeTypes { stats { edgesPerType { keys count } } }`,

  suggest: `query ExplorerSuggest($text: String!, $id: ID!, $requirement: ID!, $measure: ID!, $ref: String!) {
  exact: node(id: $id) { id kind label }
  requirement: node(id: $requirement) { id kind label }
  measure: node(id: $measure) { id kind label }
  cited: provision(ref: $ref) { id kind label }
  search(text: $text, first: 12) { node { id kind label } snippet }
}`,

  neighbourhood: `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $types: [String!], $limit: Int!) {
  neighborhood(id: $id, depth: $depth, edgeTypes: $types, limit: $limit) {
    nodes { id kind label }
    edges { id type source target }
  }
}`,

  path: `query ExplorerPath($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 8) {
    nodes { id kind label }
    edges { id type source target }
  }
}`,

  details: `query ExplorerDetails($id: ID!) {
  node(id: $id) {
    id kind label
    properties { key values }
    ... on Provision { title uri level chapter instrument { id label } parent { id kind label } citedBy { id kind label } }
    ... on Requirement { code summary cites { id kind label ... on Provision { uri } } roles { id kind label } measures { id kind label } }
    ... on Measure { code requirements { id kind label } }
    ... on LiabilityRoute { summary bearers { id kind label } basis { id kind label ... on Provision { uri } } defences { id kind label } rulings { id kind label } }
    ... on Milestone { date }
  }
}`,

  duties: `query ExplorerDuties($role: String!, $instrument: String, $roleId: ID!, $actorId: ID!) {
  articlesImposingDuties(role: $role, instrument: $instrument) {
    provision { id kind label }
    evidence { id kind label ... on Requirement { cites { id } } }
  }
  asRole: neighborhood(id: $roleId, depth: 2, edgeTypes: ["BINDS", "PLAYS"], limit: 500) { nodes { id kind label } edges { id type source target } }
  asActor: neighborhood(id: $actorId, depth: 2, edgeTypes: ["BINDS", "PLAYS"], limit: 500) { nodes { id kind label } edges { id type source target } }
}`,

  cites: `query ExplorerWhatCites($ref: String!) {
  provision(ref: $ref) { id kind label citedBy { id kind label } }
  requirements(filter: { provision: $ref }, first: 100) {
    totalCount
    edges { node { id kind label cites { id kind label } } }
  }
}`,

  liability: `query ExplorerLiabilityRoutes($actor: String) {
  liabilityRoutes(actor: $actor) {
    id kind label summary
    bearers { id kind label }
    basis { id kind label }
    defences { id kind label }
    rulings { id kind label }
  }
}`,
} as const;
