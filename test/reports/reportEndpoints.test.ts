import { buildKgSchema } from '../../src/graphql/buildKgSchema';
import { flattenRows, LIST_SEPARATOR, type Row } from '../../src/server/reports/flattenRows';
import { loadReportCatalog, type ReportCatalog } from '../../src/server/reports/reportCatalog';
import { reportsDirectory } from '../../src/server/reports/reportsDirectory';
import type { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { corpusStore } from '../graphql/support';
import { startApi, TEST_CONFIG, type RunningApi } from '../server/support';
import { asCsvText, getReport, parseCsv } from './support';

/** Each report with the query string a dashboard sends and the same values as GraphQL variables. */
const CASES: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: 'requirements-per-role-and-phase', query: '', variables: {} },
  { name: 'requirements-per-topic', query: '', variables: {} },
  { name: 'nodes-per-kind', query: '', variables: {} },
  { name: 'provision-duties', query: '', variables: {} },
  { name: 'provision-duties', query: 'role=gebruiksverantwoordelijke&instrument=AI-verordening', variables: { role: 'gebruiksverantwoordelijke', instrument: 'AI-verordening' } },
  { name: 'coverage-per-chapter', query: '', variables: {} },
  { name: 'coverage-per-chapter', query: 'instrument=AVG', variables: { instrument: 'AVG' } },
  { name: 'liability-routes', query: '', variables: {} },
  { name: 'liability-routes', query: 'actor=producent', variables: { actor: 'producent' } },
  { name: 'requirements', query: 'role=aanbieder&phase=ontwerp&first=5', variables: { role: 'aanbieder', phase: 'ontwerp', first: 5 } },
];

let store: MemoryGraphStore;
let api: RunningApi;
let catalog: ReportCatalog;

beforeAll(async () => {
  store = await corpusStore();
  api = await startApi(store);
  catalog = loadReportCatalog(await buildKgSchema(), reportsDirectory());
});
afterAll(() => api.stop());

/** The rows a report must give: its own query asked over /graphql, flattened by its columns. */
async function rowsOverGraphql(name: string, variables: Record<string, unknown>): Promise<Row[]> {
  const report = catalog.reports.get(name);
  if (!report) throw new Error(`no report ${name}`);
  const { status, json } = await api.gql(report.source, variables);
  expect(status).toBe(200);
  expect(json.errors).toBeUndefined();
  return flattenRows(json.data, report.rows ?? [], report.columns);
}

describe('report rows', () => {
  it('has a case here for every report in schema/reports', () => {
    expect(new Set(CASES.map((c) => c.name))).toEqual(new Set(catalog.reports.keys()));
  });

  it.each(CASES)('$name?$query: the JSON rows and the CSV rows (read by csv-parse) equal the GraphQL answer', async ({ name, query, variables }) => {
    const expected = await rowsOverGraphql(name, variables);
    expect(expected.length).toBeGreaterThan(0);
    const suffix = query ? `?${query}` : '';
    const json = await getReport(api.url, `/reports/${name}.json${suffix}`);
    expect(json.status).toBe(200);
    expect(json.json).toEqual(expected);
    const csv = await getReport(api.url, `/reports/${name}.csv${suffix}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\n')[0]).toBe(catalog.reports.get(name)?.columns.map((c) => c.name).join(','));
    expect(parseCsv(csv.text)).toEqual(asCsvText(expected));
  });
});

describe('what the reports say about the corpus', () => {
  const rows = async (path: string): Promise<Row[]> => {
    const answer = await getReport(api.url, path);
    expect(answer.status).toBe(200);
    return answer.json as Row[];
  };
  const list = (cell: unknown) => String(cell ?? '').split(LIST_SEPARATOR).filter(Boolean);

  it('counts requirements binding the aanbieder in lifecycle phases, with one role and one phase per row', async () => {
    const table = await rows('/reports/requirements-per-role-and-phase.json');
    const aanbieder = table.filter((r) => r.role === 'role:aanbieder');
    expect(aanbieder.length).toBeGreaterThan(0);
    expect(aanbieder.every((r) => typeof r.requirements === 'number' && r.requirements > 0)).toBe(true);
    expect(aanbieder.map((r) => r.phase)).toContain('ak:levenscyclus/ontwerp');
  });

  it('finds, for the AI Act, chapter III citing article 16, and its cited count matches the articles it lists', async () => {
    const table = await rows('/reports/coverage-per-chapter.json');
    const chapter = table.find((r) => list(r.citedArticles).includes('16'));
    expect(chapter?.chapter).toBe('III');
    for (const row of table) {
      expect(row.cited).toBe(list(row.citedArticles).length);
      expect(row.notCited).toBe(list(row.notCitedArticles).length);
    }
  });

  it('gives article 16 of the AI Act duties of the aanbieder, the count matching its evidence', async () => {
    const table = await rows('/reports/provision-duties.json?role=aanbieder');
    const article16 = table.find((r) => r.article === 'eu:reg/2024/1689/art_16');
    expect(article16?.duties).toBeGreaterThan(0);
    for (const row of table) expect(row.duties).toBe(list(row.evidence).length);
  });

  it('lists only routes the producent bears when asked for that actor', async () => {
    const all = await rows('/reports/liability-routes.json');
    const producer = await rows('/reports/liability-routes.json?actor=producent');
    expect(producer.length).toBeGreaterThan(0);
    expect(producer.length).toBeLessThan(all.length);
    for (const row of producer) expect(list(row.bearers)).toContain('producent');
  });

  it('filters requirements by role and phase, and keeps to the page size', async () => {
    const table = await rows('/reports/requirements.json?role=aanbieder&phase=ontwerp&first=5');
    expect(table).toHaveLength(5);
    for (const row of table) {
      expect(list(row.roles)).toContain('role:aanbieder');
      expect(list(row.phases)).toContain('ak:levenscyclus/ontwerp');
    }
  });
});

describe('the report listing', () => {
  it('names every report with its parameters, columns and URLs, and each URL answers', async () => {
    const answer = await getReport(api.url, '/reports');
    expect(answer.status).toBe(200);
    const listed = answer.json.reports as { name: string; json: string; csv: string; columns: string[]; parameters: { name: string; type: string }[]; query: string }[];
    expect(listed.map((r) => r.name).sort()).toEqual([...catalog.reports.keys()].sort());
    const coverage = listed.find((r) => r.name === 'coverage-per-chapter');
    expect(coverage?.parameters).toEqual([expect.objectContaining({ name: 'instrument', type: 'String!', required: false, default: 'eu:reg/2024/1689' })]);
    expect(listed.find((r) => r.name === 'liability-routes')?.parameters).toEqual([expect.objectContaining({ name: 'actor', type: 'String', required: false })]);
    for (const report of listed) {
      expect(report.query).toContain('query ');
      for (const url of [report.json, report.csv]) expect((await getReport(api.url, url)).status).toBe(200);
    }
    expect(answer.json.nodeGraph.nodes).toBe('/reports/graph/nodes.json');
    expect(answer.json.nodeGraph.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'depth', 'edgeTypes', 'limit']);
  });
});

describe('refused report requests', () => {
  const long = 'x'.repeat(201);
  const manyTypes = Array.from({ length: 21 }, () => 'CITES').join(',');
  it.each([
    ['an unknown report', '/reports/no-such-report.json', 404, 'UNKNOWN_REPORT'],
    ['an unknown format', '/reports/liability-routes.xml', 404, 'UNKNOWN_REPORT'],
    ['a report without a format', '/reports/liability-routes', 404, 'UNKNOWN_REPORT'],
    ['an unknown node-graph frame', '/reports/graph/links.json?id=urn:nl:ak:ver:aia-18', 404, 'UNKNOWN_REPORT'],
    ['an unknown parameter', '/reports/liability-routes.json?owner=producent', 400, 'UNKNOWN_PARAMETER'],
    ['a parameter to a report that takes none', '/reports/nodes-per-kind.csv?kind=Role', 400, 'UNKNOWN_PARAMETER'],
    ['a word where an integer belongs', '/reports/requirements.json?first=ten', 400, 'BAD_PARAMETER'],
    ['a fraction where an integer belongs', '/reports/requirements.csv?first=2.5', 400, 'BAD_PARAMETER'],
    ['an integer beyond GraphQL Int', '/reports/requirements.json?first=3000000000', 400, 'BAD_PARAMETER'],
    ['a scalar parameter given twice', '/reports/liability-routes.json?actor=producent&actor=zorgaanbieder', 400, 'BAD_PARAMETER'],
    ['an oversize value', `/reports/liability-routes.json?actor=${long}`, 400, 'PARAMETER_TOO_LONG'],
    ['too many list values', `/reports/graph/edges.json?id=urn:nl:ak:ver:aia-18&edgeTypes=${manyTypes}`, 400, 'PARAMETER_TOO_LONG'],
    ['a page larger than /graphql allows', '/reports/requirements.json?first=101', 400, 'BAD_USER_INPUT'],
    ['a page of zero', '/reports/requirements.json?first=0', 400, 'BAD_USER_INPUT'],
    ['a role nobody has', '/reports/provision-duties.csv?role=nobody', 400, 'BAD_USER_INPUT'],
    ['a node graph without its centre', '/reports/graph/nodes.json', 400, 'MISSING_PARAMETER'],
    ['a node graph deeper than /graphql allows', '/reports/graph/nodes.json?id=urn:nl:ak:ver:aia-18&depth=5', 400, 'BAD_USER_INPUT'],
    ['an unknown edge type', '/reports/graph/edges.json?id=urn:nl:ak:ver:aia-18&edgeTypes=LIKES', 400, 'BAD_USER_INPUT'],
  ])('answers %s with %i %s, a readable message, and no caching', async (_what, path, status, code) => {
    const answer = await getReport(api.url, path);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.json.errors[0].extensions.code).toBe(code);
    expect(answer.json.errors[0].message).toMatch(/\w{3,}/);
    expect(answer.json.errors[0].message).not.toMatch(/at .*\.ts|Error:/);
  });
});

describe('cache and CORS headers', () => {
  it('lets dashboards cache a report for the configured time and allows the configured origin only', async () => {
    const allowed = await getReport(api.url, '/reports/nodes-per-kind.json', 'https://dash.example.nl');
    expect(allowed.headers.get('cache-control')).toBe(`public, max-age=${TEST_CONFIG.cacheMaxAge}`);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.nl');
    const other = await getReport(api.url, '/reports/nodes-per-kind.csv', 'https://elsewhere.example.com');
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('follows another configuration: its max-age, and no origin allowed when none is configured', async () => {
    const strict = await startApi(store, { ...TEST_CONFIG, cacheMaxAge: 7, corsOrigins: [] });
    try {
      const answer = await getReport(strict.url, '/reports/graph/nodes.json?id=urn:nl:ak:ver:aia-18', 'https://dash.example.nl');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('public, max-age=7');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await strict.stop();
    }
  });
});
