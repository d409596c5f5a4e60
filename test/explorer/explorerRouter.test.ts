import { EXPLORER_QUERIES } from '../../src/server/explorer/client/explorerQueries';
import { CYTOSCAPE_URL } from '../../src/server/explorer/explorerAssets';
import { corpusStore } from '../graphql/support';
import { startApi, type RunningApi } from '../server/support';
import { buildExplorerClient } from './buildExplorerClient';

// Variables a person would send: the questions of domain.md §6 on the corpus graph.
const SAMPLE_VARIABLES: Record<keyof typeof EXPLORER_QUERIES, Record<string, unknown>> = {
  edgeTypes: {},
  suggest: { text: 'aia-18', id: 'aia-18', requirement: 'urn:nl:ak:ver:aia-18', measure: 'urn:nl:ak:mtr:aia-18', ref: 'aia-18' },
  neighbourhood: { id: 'urn:nl:ak:ver:aia-18', depth: 2, types: null, limit: 150 },
  path: { from: 'urn:nl:ak:ver:aia-18', to: 'nl:BWBR0005289/boek_6/art_185' },
  details: { id: 'urn:nl:ak:ver:aia-18' },
  duties: { role: 'aanbieder', instrument: 'eu:reg/2024/1689', roleId: 'role:aanbieder', actorId: 'actor:aanbieder' },
  cites: { ref: 'Artikel 16 AI-verordening' },
  liability: { actor: null },
};

describe('the explorer over HTTP', () => {
  let api: RunningApi;
  beforeAll(async () => {
    buildExplorerClient();
    api = await startApi(await corpusStore());
  }, 60_000);
  afterAll(async () => api?.stop());

  it('serves /explore as a page that may load and fetch only from this server', async () => {
    const response = await fetch(`${api.url}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).toContain(`"cytoscape":"${CYTOSCAPE_URL}"`);
    // Every script and stylesheet is ours: no absolute URL in a src or href.
    expect(html.match(/(src|href)="(?!\/|#|data:)[^"]*"/g)).toBeNull();
  });

  it('serves cytoscape from node_modules and the compiled client as JavaScript modules', async () => {
    for (const url of [CYTOSCAPE_URL, '/assets/explorer/app/explorer.js', '/assets/explorer/app/GraphView.js']) {
      const response = await fetch(`${api.url}${url}`);
      expect([url, response.status]).toEqual([url, 200]);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    }
    const client = await (await fetch(`${api.url}/assets/explorer/app/GraphView.js`)).text();
    expect(client).toContain("from 'cytoscape'");
    expect((await fetch(`${api.url}/assets/explorer/explorer.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for files that are not assets, including paths that climb out of the client folder', async () => {
    for (const url of ['/assets/explorer/app/nothing.js', '/assets/explorer/app/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json', '/assets/explorer/vendor/other.mjs']) {
      expect([url, (await fetch(`${api.url}${url}`)).status]).toEqual([url, 404]);
    }
  });

  it.each(Object.keys(EXPLORER_QUERIES) as (keyof typeof EXPLORER_QUERIES)[])('runs the %s query within the API limits on the corpus graph', async (name) => {
    const { status, json } = await api.gql(EXPLORER_QUERIES[name], SAMPLE_VARIABLES[name]);
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(JSON.stringify(json.data).length).toBeGreaterThan(50);
  });
});
