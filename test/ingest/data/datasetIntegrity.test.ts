import { resolveCitation } from '../../../src/domain/citations/resolveCitation';
import { instrumentById } from '../../../src/domain/citations/instruments';
import { provisionId } from '../../../src/domain/citations/provisionIds';
import { isEdgeType } from '../../../src/domain/edgeTypes';
import { isNodeKind } from '../../../src/domain/nodeKinds';
import { isCanonicalId } from '../../../ingest/graph/linkTarget';
import { runIngest } from '../../../ingest/runIngest';
import { curatedNodes, loadDataset, relationsOf, type DatasetFile } from './loadDataset';

interface Catalog {
  instrument: string;
  divisions?: { path: string }[];
  articles?: { number: string; division?: string; points?: string[]; paragraphs?: Record<string, string[]> }[];
  recitals?: number;
  annexes?: string[];
}

/** Every id a statute catalog defines, built with the resolver's own id builders. */
function catalogIds(files: readonly DatasetFile[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files.filter((f) => f.data.dataset === 'statute-catalog')) {
    const catalog = file.data as unknown as Catalog;
    ids.add(catalog.instrument);
    for (const division of catalog.divisions ?? []) ids.add(provisionId.division(catalog.instrument, division.path));
    for (const article of catalog.articles ?? []) {
      const articleId = provisionId.article(catalog.instrument, article.number);
      ids.add(articleId);
      for (const point of article.points ?? []) ids.add(provisionId.point(articleId, point));
      for (const [paragraph, points] of Object.entries(article.paragraphs ?? {})) {
        const paragraphId = provisionId.paragraph(articleId, paragraph);
        ids.add(paragraphId);
        for (const point of points) ids.add(provisionId.point(paragraphId, point));
      }
    }
    for (let n = 1; n <= (catalog.recitals ?? 0); n++) ids.add(provisionId.recital(catalog.instrument, String(n)));
    for (const annex of catalog.annexes ?? []) ids.add(provisionId.annex(catalog.instrument, annex));
  }
  return ids;
}

const isFlat = (value: unknown): boolean =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'));

describe('the project dataset (ingest/data)', () => {
  const files = loadDataset();
  const nodes = curatedNodes(files);
  const defined = new Set(nodes.map((n) => String(n.id)));
  const catalogued = catalogIds(files);

  it('has statute catalogs and curated files, and every file\'s front matter parses as YAML without errors or duplicate keys', () => {
    expect(files.filter((f) => f.data.dataset === 'statute-catalog').length).toBeGreaterThanOrEqual(7);
    expect(files.filter((f) => f.data.dataset === 'curated').length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      expect([file.path, file.errors]).toEqual([file.path, []]);
      expect([file.path, file.data.dataset]).toEqual([file.path, expect.stringMatching(/^(curated|statute-catalog)$/)]);
    }
  });

  it('gives every curated node an id with a known scheme, a kind of the model and a label', () => {
    expect(nodes.length).toBeGreaterThan(60);
    for (const node of nodes) {
      expect(typeof node.id === 'string' && isCanonicalId(node.id)).toBe(true);
      expect([node.id, isNodeKind(node.kind)]).toEqual([node.id, true]);
      expect([node.id, typeof node.label === 'string' && node.label.trim().length > 0]).toEqual([node.id, true]);
    }
  });

  it('keeps every id unique across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const node of nodes) {
      const id = String(node.id);
      if (seen.has(id)) duplicates.push(`${id} in ${seen.get(id)} and ${node.file}`);
      seen.set(id, node.file);
    }
    expect(duplicates).toEqual([]);
  });

  it('uses only flat property values (text, number, yes/no, list of text)', () => {
    for (const node of nodes) {
      for (const [key, value] of Object.entries(node.props ?? {})) expect([node.id, key, isFlat(value)]).toEqual([node.id, key, true]);
    }
  });

  it('uses only edge types of the model, each with at least one text target', () => {
    for (const node of nodes) {
      for (const [type, target] of relationsOf(node)) {
        expect([node.id, type, isEdgeType(type)]).toEqual([node.id, type, true]);
        expect([node.id, type, typeof target === 'string' && target.length > 0]).toEqual([node.id, type, true]);
      }
    }
  });

  it('points every id target at a node of the dataset or a provision or instrument of a statute catalog', () => {
    const dangling: string[] = [];
    for (const node of nodes) {
      for (const [type, target] of relationsOf(node)) {
        const text = String(target);
        if (isCanonicalId(text) && !defined.has(text) && !catalogued.has(text)) dangling.push(`${String(node.id)} ${type} ${text}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('writes every citation target in a form the resolver resolves to provisions the catalogs describe', () => {
    const problems: string[] = [];
    let citations = 0;
    for (const node of nodes) {
      for (const [type, target] of relationsOf(node)) {
        const text = String(target);
        if (isCanonicalId(text)) continue;
        citations++;
        const resolution = resolveCitation(text);
        if (resolution.status !== 'provisions') problems.push(`${String(node.id)} ${type} "${text}": ${resolution.status}`);
        else for (const id of resolution.ids) if (!catalogued.has(id)) problems.push(`${String(node.id)} ${type} "${text}": ${id} is in no catalog`);
      }
    }
    expect(citations).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  });

  it('names a known instrument in every statute catalog and puts articles only in divisions it declares', () => {
    for (const file of files.filter((f) => f.data.dataset === 'statute-catalog')) {
      const catalog = file.data as unknown as Catalog;
      expect([file.path, instrumentById(catalog.instrument)?.id]).toEqual([file.path, catalog.instrument]);
      const divisions = new Set((catalog.divisions ?? []).map((d) => d.path));
      for (const article of catalog.articles ?? []) {
        if (article.division !== undefined) expect([file.path, article.number, divisions.has(article.division)]).toEqual([file.path, article.number, true]);
      }
    }
  });

  it('loads through the ingest pipeline with no problem at all and every citation resolved', async () => {
    const { report } = await runIngest({ sources: [] });
    expect(report.problems).toEqual([]);
    expect(report.documents).toEqual({ read: files.length, loaded: files.length, rejected: 0 });
    expect(report.citations.unresolved).toEqual([]);
    expect(report.citations.resolved).toBe(report.citations.total);
  });
});
