import { QUERY_LIMITS } from '../../src/server/limits/queryLimits';

/** One HTTP request an abusive client sends, and the status the API must answer it with. */
export interface AbusiveRequest {
  name: string;
  body: string;
  headers: Record<string, string>;
  expectedStatus: 400 | 413;
}

const json = { 'content-type': 'application/json' };
const post = (name: string, query: string): AbusiveRequest => ({ name, body: JSON.stringify({ query }), headers: json, expectedStatus: 400 });
const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** A query one level deeper than the depth limit allows. */
function tooDeep(): string {
  let selection = 'id';
  for (let i = 0; i < QUERY_LIMITS.depth - 1; i++) selection = `parent { id ... on Provision { ${selection} } }`;
  return `{ provision(ref: "eu:reg/2024/1689/art_16/pnt_j") { ${selection} } }`;
}

/**
 * Requests that the API refuses before any resolver runs: each limit overstepped by one, an
 * expensive query over the cost limit, a batch, a body over 100 KB and broken JSON.
 */
export const ABUSIVE_REQUESTS: readonly AbusiveRequest[] = [
  post('too deep', tooDeep()),
  post('too many aliases', `{ ${repeat(QUERY_LIMITS.aliases + 1, (i) => `a${i}: stats { nodesPerKind { keys count } }`)} }`),
  post('too many directives', `{ stats { ${repeat(QUERY_LIMITS.directives + 1, () => 'nodesPerKind @include(if: true) { count }')} } }`),
  post('too many tokens', `{ search(text: "x", kinds: [${repeat(QUERY_LIMITS.tokens, () => '"Requirement"')}]) { score } }`),
  post('page too large', `{ requirements(first: ${QUERY_LIMITS.maxPageSize + 1}) { totalCount } }`),
  post('over the cost limit', '{ search(text: "aanbieder", first: 100) { node { ... on Requirement { measures { requirements { measures { id } } } } } } }'),
  { name: 'batched', body: JSON.stringify([{ query: '{ stats { nodesPerKind { count } } }' }, { query: '{ stats { nodesPerKind { count } } }' }]), headers: json, expectedStatus: 400 },
  { name: 'body over 100 KB', body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(101 * 1024)}` }), headers: json, expectedStatus: 413 },
  { name: 'broken JSON', body: '{"query": "{ stats { nodesPerKind { count } } }"', headers: json, expectedStatus: 400 },
];
