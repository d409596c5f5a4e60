import { EDGE_FRAME_FIELDS, NODE_FRAME_FIELDS } from '../../src/server/reports/nodeGraphFrames';
import { corpusStore } from '../graphql/support';
import { startApi, type RunningApi } from '../server/support';
import { getReport, parseCsv } from './support';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi(await corpusStore());
});
afterAll(() => api.stop());

const AROUND_AIA_18 = 'id=urn:nl:ak:ver:aia-18&depth=2';

describe('Grafana node-graph frames of a neighbourhood', () => {
  it('holds requirement aia-18 (hop 0) and Article 16 of the AI Act, with exactly the node-graph field names', async () => {
    const nodes = await getReport(api.url, `/reports/graph/nodes.json?${AROUND_AIA_18}`);
    expect(nodes.status).toBe(200);
    const byId = new Map((nodes.json as { id: string }[]).map((n) => [n.id, n]));
    expect(byId.get('urn:nl:ak:ver:aia-18')).toEqual(expect.objectContaining({ subtitle: 'Requirement', secondarystat: 0 }));
    expect(byId.get('eu:reg/2024/1689/art_16')).toEqual(expect.objectContaining({ subtitle: 'Provision', secondarystat: expect.any(Number) }));
    for (const node of nodes.json) expect(Object.keys(node)).toEqual([...NODE_FRAME_FIELDS]);
  });

  it('has the same nodes as the neighbourhood query over /graphql, and every edge joins two of them', async () => {
    const answer = await api.gql('query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { id } } }', { id: 'urn:nl:ak:ver:aia-18' });
    const nodes = (await getReport(api.url, `/reports/graph/nodes.json?${AROUND_AIA_18}`)).json as { id: string }[];
    const edges = (await getReport(api.url, `/reports/graph/edges.json?${AROUND_AIA_18}`)).json as { id: string; source: string; target: string; mainstat: string }[];
    expect(nodes.map((n) => n.id).sort()).toEqual(answer.json.data.neighborhood.nodes.map((n: { id: string }) => n.id).sort());
    expect(edges.length).toBeGreaterThan(0);
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of edges) {
      expect(Object.keys(edge)).toEqual([...EDGE_FRAME_FIELDS]);
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.id).toBe(`${edge.source}|${edge.mainstat}|${edge.target}`);
    }
  });

  it('follows only the edge types asked for', async () => {
    const edges = (await getReport(api.url, '/reports/graph/edges.json?id=urn:nl:ak:ver:aia-18&depth=3&edgeTypes=CITES,PART_OF')).json as { mainstat: string }[];
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((e) => e.mainstat))).toEqual(new Set(['CITES', 'PART_OF']));
  });

  it('says the same in CSV, read back by csv-parse', async () => {
    const json = (await getReport(api.url, `/reports/graph/nodes.json?${AROUND_AIA_18}`)).json as { id: string; mainstat: number }[];
    const csv = parseCsv((await getReport(api.url, `/reports/graph/nodes.csv?${AROUND_AIA_18}`)).text);
    expect(csv.map((n) => [n.id, Number(n.mainstat)])).toEqual(json.map((n) => [n.id, n.mainstat]));
  });
});
