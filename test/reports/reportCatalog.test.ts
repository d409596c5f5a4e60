import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildKgSchema } from '../../src/graphql/buildKgSchema';
import { loadReportCatalog } from '../../src/server/reports/reportCatalog';
import { reportsDirectory } from '../../src/server/reports/reportsDirectory';
import { reportsRouter } from '../../src/server/reports/reportsRouter';
import { TEST_CONFIG } from '../server/support';

const ROOT = path.resolve(__dirname, '..', '..');
const GOOD = `# Nodes per kind.
# @rows stats.nodesPerKind
# @column kind = keys.0
# @column nodes = count
query NodesPerKind { stats { nodesPerKind { keys count } } }
`;

/** A reports folder (in the layout the server expects) holding one report file with the given text. */
function folderWith(file: string, text: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kg-reports-'));
  const directory = path.join(root, 'schema', 'reports');
  mkdirSync(path.join(directory, 'graph'), { recursive: true });
  copyFileSync(path.join(reportsDirectory(), 'graph', 'neighbourhood.graphql'), path.join(directory, 'graph', 'neighbourhood.graphql'));
  writeFileSync(path.join(directory, file), text);
  return directory;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(path.resolve(dir, '..', '..'), { recursive: true, force: true });
});

describe('the report catalog', () => {
  it('finds schema/reports from the source and from the compiled dist/src/server/reports alike', () => {
    const expected = path.join(ROOT, 'schema', 'reports');
    expect(reportsDirectory()).toBe(expected);
    expect(reportsDirectory(path.join(ROOT, 'dist', 'src', 'server', 'reports'))).toBe(expected);
  });

  it('loads the shipped reports, each with rows and columns', async () => {
    const catalog = loadReportCatalog(await buildKgSchema(), reportsDirectory());
    expect([...catalog.reports.keys()]).toEqual(
      expect.arrayContaining(['requirements-per-role-and-phase', 'provision-duties', 'coverage-per-chapter', 'liability-routes']),
    );
    for (const report of catalog.reports.values()) expect(report.columns.length).toBeGreaterThan(0);
  });

  it('accepts a well-formed report in a folder of its own', async () => {
    const directory = folderWith('nodes-per-kind.graphql', GOOD);
    made.push(directory);
    expect([...loadReportCatalog(await buildKgSchema(), directory).reports.keys()]).toEqual(['nodes-per-kind']);
  });

  it.each([
    ['a syntax error', 'broken.graphql', GOOD.replace('count } } }', 'count } }')],
    ['a field the schema lacks', 'unknown-field.graphql', GOOD.replace('keys count', 'keys count weight')],
    ['a mutation', 'mutation.graphql', GOOD.replace('query NodesPerKind', 'mutation NodesPerKind')],
    ['an anonymous query', 'anonymous.graphql', GOOD.replace('query NodesPerKind ', 'query ')],
    ['no description', 'undescribed.graphql', GOOD.replace('# Nodes per kind.\n', '')],
    ['no @rows', 'no-rows.graphql', GOOD.replace('# @rows stats.nodesPerKind\n', '').replace(/# @column.*\n/g, '')],
    ['@rows that is not a list', 'rows-object.graphql', GOOD.replace('@rows stats.nodesPerKind', '@rows stats')],
    ['a column the query does not select', 'bad-column.graphql', GOOD.replace('@column nodes = count', '@column nodes = total')],
    ['a column that is an object', 'object-column.graphql', '# Routes.\n# @rows liabilityRoutes\n# @column bearers = bearers\nquery L { liabilityRoutes { bearers { label } } }\n'],
    ['an unknown header tag', 'bad-tag.graphql', GOOD.replace('# @rows', '# @sort kind\n# @rows')],
    ['a parameter of an input type', 'input-param.graphql', '# Requirements.\n# @rows requirements.edges\n# @column id = node.id\nquery R($filter: RequirementFilter) { requirements(filter: $filter) { edges { node { id } } } }\n'],
    ['@param for no variable', 'stray-param.graphql', GOOD.replace('# @rows', '# @param first How many.\n# @rows')],
    ['a file name that is no URL word', 'Nodes_Per_Kind.graphql', GOOD],
  ])('refuses to start on %s, naming the file', async (_what, file, text) => {
    const directory = folderWith(file, text);
    made.push(directory);
    const schema = await buildKgSchema();
    expect(() => loadReportCatalog(schema, directory)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining(file) }));
    // The router loads the catalog when it is made, so the server fails at start, not on first use.
    expect(() => reportsRouter({ apollo: undefined as never, schema, store: undefined as never, config: TEST_CONFIG, directory })).toThrow(file);
  });
});
