import { KgError } from '../../src/domain/errors';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { smallGraph } from '../store/fixtures/smallGraph';
import { startApi, type RunningApi } from './support';

describe('the HTTP surface', () => {
  let api: RunningApi;
  let store: MemoryGraphStore;
  beforeAll(async () => {
    store = new MemoryGraphStore();
    await store.replaceGraph(smallGraph());
    api = await startApi(store);
  });
  afterAll(() => api.stop());

  it('answers GET queries for dashboards with cache headers, and POSTs without', async () => {
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ node(id: "role:aanbieder") { label } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { node: { label: 'aanbieder' } } });
    expect(get.headers.get('cache-control')).toBe('public, max-age=60');
    const post = await api.gql('{ __typename }');
    expect(post.status).toBe(200);
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('allows configured CORS origins only', async () => {
    const allowed = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://dash.example.nl', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.nl');
    const other = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the playground page and its assets from this server only', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/html/);
    expect(html).toContain('articlesImposingDuties');
    expect(html.match(/(?:src|href)="([^"]+)"/g)?.every((ref) => ref.includes('"/assets/'))).toBe(true);
    // Every script and stylesheet comes from this server; no CDN.
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).toContain('"queryType"');
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js']) {
      expect((await fetch(`${api.url}/assets/graphiql/${asset}`)).status).toBe(200);
    }
  });

  it('reports health and Prometheus metrics with request and store-call counters', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: { ok: true, nodes: 12 } });
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/kg_http_requests_total\{route="\/graphql",status="200"\} \d+/);
    expect(metrics).toContain('kg_http_request_duration_seconds_bucket');
  });

  it('labels unknown paths as "other" in the metrics, so random paths cannot grow the label set', async () => {
    expect((await fetch(`${api.url}/no-such-page/x1`)).status).toBe(404);
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/kg_http_requests_total\{route="other",status="404"\} \d+/);
    expect(metrics).not.toContain('no-such-page');
  });
});

describe('errors leave the server masked', () => {
  it('never sends a store error’s internals, and says the store is unavailable', async () => {
    const store = new MemoryGraphStore();
    await store.replaceGraph(smallGraph());
    const failing: GraphStore = Object.create(store);
    failing.getNodes = async () => {
      throw new KgError('STORE_UNAVAILABLE', 'bolt://neo4j:s3cret-password@db.internal:7687 refused');
    };
    failing.findNodes = async () => {
      throw new Error('at Object.<anonymous> (/srv/app/secret.js:1:1) password=s3cret-password');
    };
    failing.health = async () => ({ ok: false, store: 'neo4j', message: 'Neo4j cannot be reached (ServiceUnavailable)' });
    const api = await startApi(failing);
    try {
      const unavailable = await api.gql('{ node(id: "x") { id } }');
      expect(unavailable.json.errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
      const crashed = await api.gql('{ liabilityRoutes { id } }');
      expect(crashed.json.errors[0]).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      for (const body of [unavailable.json, crashed.json]) expect(JSON.stringify(body)).not.toMatch(/s3cret|bolt:|secret\.js|stacktrace/);
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', store: { ok: false } });
      // The server keeps serving after errors.
      expect((await api.gql('{ __typename }')).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});
