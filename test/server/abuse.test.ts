import { ABUSIVE_REQUESTS } from '../../bench/api/abusiveRequests';
import { abuseUnderLoad } from '../../bench/api/abuseUnderLoad';
import { corpusStore } from '../graphql/support';
import { startApi, type RunningApi } from './support';

// The full-size run (and the p99 ratio, a timing) is in `npm run bench`; here the behaviour under abuse is checked.
describe('an abusive client beside legitimate traffic', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(await corpusStore());
  }, 60_000);
  afterAll(() => api.stop());

  it.each(ABUSIVE_REQUESTS.map((request) => [request.name, request] as const))('refuses %s with a readable message and a code, and calls no store', async (_name, request) => {
    const before = api.storeCalls();
    const { status, json } = await api.post(request.body, request.headers);
    expect(status).toBe(request.expectedStatus);
    expect(json.errors[0].message).toEqual(expect.any(String));
    expect(json.errors[0].extensions.code).toEqual(expect.any(String));
    expect(api.storeCalls()).toBe(before);
  });

  it('keeps answering legitimate queries while refusing every abusive one', async () => {
    const result = await abuseUnderLoad(api.url, { rounds: 1, seconds: 2, connections: 4 });
    expect(result.abusiveRequests).toBeGreaterThan(ABUSIVE_REQUESTS.length);
    expect(result.abusiveUnexpected).toBe(0);
    expect(result.legitimateUnderAbuse.failures).toBe(0);
    expect(result.legitimateUnderAbuse.requestsPerSec.median).toBeGreaterThan(0);
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
  }, 60_000);
});
