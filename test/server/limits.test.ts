import { smallGraph } from '../store/fixtures/smallGraph';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { startApi, type RunningApi } from './support';

/** A query nested `levels` deep: `provision` is level 1, each `parent` one more, `id` the last. */
function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels - 2; i++) selection = `parent { id ... on Provision { ${selection} } }`;
  return `{ provision(ref: "eu:reg/2024/1689/art_16/pnt_j") { ${selection} } }`;
}
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "role:aanbieder") { id }`).join(' ')} }`;
const directives = (n: number) => `{ node(id: "role:aanbieder") { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
/** A query of exactly `n` tokens: 15 around a list of `n - 15` kind names. */
const tokens = (n: number) => `{ search(text: "x", kinds: [${Array(n - 15).fill('"Requirement"').join(' ')}]) { score } }`;

describe('query limits (each at N and N+1); a refused query costs no store call', () => {
  let api: RunningApi;
  beforeAll(async () => {
    const store = new MemoryGraphStore();
    await store.replaceGraph(smallGraph());
    api = await startApi(store);
  });
  afterAll(() => api.stop());

  async function refused(query: string, code?: string) {
    const before = api.storeCalls();
    const { status, json } = await api.gql(query);
    expect(status).toBe(400);
    expect(json.errors[0].message).toEqual(expect.any(String));
    if (code) expect(json.errors[0].extensions.code).toBe(code);
    expect(api.storeCalls()).toBe(before);
    return json.errors[0];
  }
  async function accepted(query: string) {
    const { status, json } = await api.gql(query);
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
  }

  it('allows depth 8 and refuses depth 9', async () => {
    await accepted(nested(8));
    await refused(nested(9));
  });

  it('counts introspection in the depth limit too', async () => {
    await refused('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }');
  });

  it('allows 15 aliases and refuses 16', async () => {
    await accepted(aliases(15));
    await refused(aliases(16));
  });

  it('allows 20 directives and refuses 21', async () => {
    await accepted(directives(20));
    await refused(directives(21));
  });

  it('allows 2000 tokens and refuses 2001', async () => {
    await accepted(tokens(2000));
    await refused(tokens(2001));
  });

  it('allows first: 100 and refuses first: 101 before running anything', async () => {
    await accepted('{ search(text: "aanbieder", first: 100) { score } }');
    await refused('{ search(text: "aanbieder", first: 101) { score } }', 'BAD_USER_INPUT');
  });

  it('costs list fields by their size, defaults included, and refuses a query over the cost limit', async () => {
    // search defaults to first: 20 — the default is costed as 20 items, so these two differ only in the explicit value.
    const hits = (first: string) => `{ search(text: "aanbieder"${first}) { node { ... on Requirement { measures { requirements { measures { id } } } } } } }`;
    await accepted(hits(''));
    const error = await refused(hits(', first: 100'), 'QUERY_TOO_COSTLY');
    expect(error.message).toMatch(/cost/);
  });

  it('accepts shallow introspection and refuses the full introspection query for its depth', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    await accepted('{ __schema { queryType { name } types { name kind } } }');
    await refused(getIntrospectionQuery());
  });

  it.each([
    ['a missing required variable', {}],
    ['a variable of the wrong type', { ref: 5 }],
    ['a variable that is a list', { ref: ['a'] }],
  ])('refuses %s with 400 BAD_USER_INPUT, not 500, and calls no store', async (_, variables) => {
    const before = api.storeCalls();
    const { status, json } = await api.post({ query: 'query Q($ref: String!) { provision(ref: $ref) { id } }', variables });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(api.storeCalls()).toBe(before);
  });

  it.each(['mutation { ingest }', 'subscription { stats { nodesPerKind { count } } }'])('refuses %s (the API is read-only) as a client error, not an internal one', async (query) => {
    const error = await refused(query, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/read-only/);
  });

  it('refuses an empty operationName beside an anonymous operation as unknown (400), not with a 500', async () => {
    const { status, json } = await api.post({ query: '{ __typename }', operationName: '' });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it.each([
    ['an unknown persisted-query version', { query: '{ __typename }', extensions: { persistedQuery: { version: 2 } } }],
    ['a persisted-query hash that does not match the query', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }],
  ])('refuses %s as a bad request, not as an internal error', async (_, body) => {
    const { status, json } = await api.post(body);
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses batched requests', async () => {
    const { status } = await api.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
  });

  it('takes a 100 KB body and refuses a larger one with 413', async () => {
    const pad = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });
    const fits = pad(100 * 1024 - 60);
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(100 * 1024);
    expect((await api.post(fits)).status).toBe(200);
    const over = await api.post(pad(100 * 1024 + 10));
    expect(over.status).toBe(413);
    expect(over.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides field suggestions and never sends a stack trace', async () => {
    const { status, json } = await api.gql('{ provison(ref: "x") { id } }');
    expect(status).toBe(400);
    expect(JSON.stringify(json)).not.toMatch(/Did you mean|provision"|stacktrace/i);
  });
});
