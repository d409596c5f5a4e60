import type { GraphBatch } from '../src/domain/GraphBatch';
import type { Problem } from '../src/domain/Problem';
import type { ParsedSources } from './ParsedSources';
import { addAkDocument } from './graph/addAkDocument';
import { addCatalog } from './graph/addCatalog';
import { addCuratedNodes } from './graph/addCuratedNodes';
import { addFreeText } from './graph/addFreeText';
import { BuildContext } from './graph/BuildContext';
import type { CitationTally } from './graph/CitationTally';

/** The graph built from parsed sources, with what building it found. */
export interface BuiltGraph {
  batch: GraphBatch;
  problems: Problem[];
  citations: ReturnType<CitationTally['summary']>;
  /** Files rejected while building (a document whose id another file already claimed). */
  rejected: Set<string>;
}

/**
 * Turns parsed sources into one graph: statute structure first, then the curated layer, the
 * Algoritmekader documents and free text. Pure: the same sources give the same batch.
 */
export function buildGraph(parsed: ParsedSources): BuiltGraph {
  const ctx = new BuildContext();
  const rejected = new Set<string>();
  const claimed = new Map<string, string>();
  /** The first file (in path order) to define an id keeps it; a later one is rejected whole. */
  const claim = (id: string, path: string, line: number): boolean => {
    const owner = claimed.get(id);
    if (owner === undefined) {
      claimed.set(id, path);
      return true;
    }
    ctx.problems.push({ path, line, code: 'DUPLICATE_ID', severity: 'error', message: `the id "${id}" is already defined in ${owner}` });
    return false;
  };

  for (const catalog of parsed.catalogs) addCatalog(ctx, catalog);
  for (const { nodes } of parsed.curated) {
    addCuratedNodes(ctx, nodes.filter((node) => claim(node.id, node.origin.path, node.origin.line)));
  }
  const documents = parsed.akDocuments.filter((doc) => {
    const ok = claim(doc.id, doc.origin.path, doc.origin.line);
    if (!ok) rejected.add(doc.origin.path);
    return ok;
  });
  for (const doc of documents) ctx.documentsByStem.set(doc.fileStem, doc.id);
  for (const doc of documents) addAkDocument(ctx, doc);
  for (const text of parsed.freeTexts) {
    if (claim(text.id, text.origin.path, 1)) addFreeText(ctx, text);
    else rejected.add(text.origin.path);
  }

  for (const edge of ctx.graph.dropDanglingEdges()) {
    const missing = ctx.graph.has(edge.source) ? edge.target : edge.source;
    ctx.warn(edge.provenance.path, edge.provenance.line, 'UNKNOWN_REFERENCE', `"${missing}" is not defined anywhere; the ${edge.type} edge is left out`);
  }
  return { batch: ctx.graph.build(), problems: ctx.problems, citations: ctx.citations.summary(), rejected };
}
