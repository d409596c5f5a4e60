import { startApi, type RunningApi } from '../server/support';
import { corpusStore } from './support';

const page = (first: number) => `{ requirements(first: ${first}) { edges { node { id code cites { id label } measures { id code } roles { id } } } } }`;

describe('store calls per request', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(await corpusStore());
  });
  afterAll(() => api.stop());

  async function callsFor(query: string): Promise<number> {
    const before = api.storeCalls();
    const { json } = await api.gql(query);
    expect(json.errors).toBeUndefined();
    return api.storeCalls() - before;
  }

  it('stay bounded for 50 requirements with their provisions and measures: no more than for 5', async () => {
    const five = await callsFor(page(5));
    const fifty = await callsFor(page(50));
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(6);
  });
});
