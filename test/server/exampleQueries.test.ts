import { EXAMPLE_QUERIES } from '../../src/server/playground/exampleQueries';
import { corpusStore } from '../graphql/support';
import { startApi, type RunningApi } from './support';

/** True when some list in the answer has an entry: an example that answers nothing teaches nothing. */
function hasItems(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.values(value).some(hasItems);
}

describe('the playground examples', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(await corpusStore());
  }, 60_000);
  afterAll(() => api.stop());

  it.each(EXAMPLE_QUERIES.map((example) => [example.name, example.query]))('"%s" runs within the limits and answers something', async (_name, query) => {
    const { status, json } = await api.gql(query);
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(hasItems(json.data)).toBe(true);
  });
});
