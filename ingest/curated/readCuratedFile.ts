import { isEdgeType } from '../../src/domain/edgeTypes';
import type { PropValue, Props } from '../../src/domain/GraphNode';
import { isNodeKind } from '../../src/domain/nodeKinds';
import type { Problem } from '../../src/domain/Problem';
import type { FrontMatter } from '../read/parseFrontMatter';
import type { CatalogArticle, CatalogDivision, CuratedNode, StatuteCatalog } from './CuratedData';

/** The value of `dataset:` that marks a file of the project's own dataset. */
export type DatasetShape = 'curated' | 'statute-catalog';

export type CuratedReadResult =
  | { ok: true; shape: 'curated'; nodes: CuratedNode[]; warnings: Problem[] }
  | { ok: true; shape: 'statute-catalog'; catalog: StatuteCatalog; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const label = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;

/**
 * Reads a file of the project's own dataset. A node with a bad field is skipped and reported; the
 * rest of the file still loads. A file whose shape is unknown is rejected whole.
 */
export function readCuratedFile(fm: FrontMatter, path: string): CuratedReadResult {
  const problems: Problem[] = [];
  const report = (at: (string | number)[], code: Problem['code'], message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ path, line: fm.lineOf(at), code, severity, message, field: at.join('.') });

  if (fm.data.dataset === 'curated') {
    if (!Array.isArray(fm.data.nodes)) {
      report(['nodes'], 'MISSING_FIELD', 'a curated file needs a list of nodes');
      return { ok: false, problems };
    }
    const nodes = fm.data.nodes.flatMap((raw, index) => readNode(raw, ['nodes', index], fm, path, report));
    return { ok: true, shape: 'curated', nodes, warnings: problems };
  }
  if (fm.data.dataset === 'statute-catalog') {
    const catalog = readCatalog(fm, path, report);
    return catalog ? { ok: true, shape: 'statute-catalog', catalog, warnings: problems } : { ok: false, problems };
  }
  report(['dataset'], 'INVALID_FIELD', `unknown dataset shape "${String(fm.data.dataset)}"`);
  return { ok: false, problems };
}

type Report = (at: (string | number)[], code: Problem['code'], message: string, severity?: Problem['severity']) => void;

function readNode(raw: unknown, at: (string | number)[], fm: FrontMatter, path: string, report: Report): CuratedNode[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    report(at, 'INVALID_FIELD', 'a node must be a mapping');
    return [];
  }
  const node = raw as Record<string, unknown>;
  const id = label(node.id);
  const nodeLabel = label(node.label);
  if (!id || !nodeLabel) {
    report(at, 'MISSING_FIELD', 'a node needs an id and a label');
    return [];
  }
  if (!isNodeKind(node.kind)) {
    report([...at, 'kind'], 'INVALID_FIELD', `"${String(node.kind)}" is not a node kind`);
    return [];
  }
  const props: Props = {};
  if (node.props && typeof node.props === 'object' && !Array.isArray(node.props)) {
    for (const [key, value] of Object.entries(node.props)) {
      const flat = toPropValue(value);
      if (flat === undefined) report([...at, 'props', key], 'INVALID_FIELD', `property "${key}" is not a flat value`, 'warning');
      else props[key] = flat;
    }
  }
  const relations: CuratedNode['relations'] = [];
  if (node.relations && typeof node.relations === 'object' && !Array.isArray(node.relations)) {
    for (const [type, targets] of Object.entries(node.relations)) {
      if (!isEdgeType(type)) {
        report([...at, 'relations', type], 'INVALID_FIELD', `"${type}" is not an edge type`);
        continue;
      }
      const list = Array.isArray(targets) ? targets : [targets];
      list.forEach((target, index) => {
        const text = label(target);
        const where = Array.isArray(targets) ? [...at, 'relations', type, index] : [...at, 'relations', type];
        if (text) relations.push({ type, target: { value: text, line: fm.lineOf(where) } });
        else report(where, 'INVALID_FIELD', `a target of ${type} is not a text value`, 'warning');
      });
    }
  }
  return [{ id, kind: node.kind, label: nodeLabel, props, origin: { path, line: fm.lineOf([...at, 'id']) }, relations }];
}

function toPropValue(value: unknown): PropValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item))) return value.map(String);
  return undefined;
}

function readCatalog(fm: FrontMatter, path: string, report: Report): StatuteCatalog | undefined {
  const { data } = fm;
  const instrument = label(data.instrument);
  if (!instrument) {
    report(['instrument'], 'MISSING_FIELD', 'a statute catalog names its instrument');
    return undefined;
  }
  const list = (key: string): unknown[] => (Array.isArray(data[key]) ? (data[key] as unknown[]) : []);
  const divisions: CatalogDivision[] = [];
  list('divisions').forEach((raw, index) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const divisionPath = label(entry.path);
    if (!divisionPath) return report(['divisions', index], 'MISSING_FIELD', 'a division needs a path');
    divisions.push({
      path: divisionPath,
      level: label(entry.level) ?? 'division',
      number: label(entry.number),
      title: label(entry.title),
      line: fm.lineOf(['divisions', index]),
    });
  });
  const labels = (value: unknown): string[] => (Array.isArray(value) ? value.map(label).filter((v): v is string => !!v) : []);
  const articles: CatalogArticle[] = [];
  list('articles').forEach((raw, index) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const number = label(entry.number);
    if (!number) return report(['articles', index], 'MISSING_FIELD', 'an article needs a number');
    const paragraphs =
      entry.paragraphs && typeof entry.paragraphs === 'object' && !Array.isArray(entry.paragraphs)
        ? Object.entries(entry.paragraphs).map(([paragraph, points]) => ({ label: paragraph, points: labels(points) }))
        : labels(entry.paragraphs).map((paragraph) => ({ label: paragraph, points: [] }));
    articles.push({
      number,
      title: label(entry.title),
      division: label(entry.division),
      paragraphs,
      points: labels(entry.points),
      refersTo: labels(entry.refersTo),
      line: fm.lineOf(['articles', index]),
    });
  });
  const recitals = typeof data.recitals === 'number' && Number.isInteger(data.recitals) && data.recitals > 0 ? data.recitals : 0;
  const annexes = labels(data.annexes).map((value, index) => ({ value, line: fm.lineOf(['annexes', index]) }));
  return { instrument, origin: { path, line: fm.lineOf(['instrument']) }, divisions, articles, recitals, annexes };
}
