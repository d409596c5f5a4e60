import type { GraphBatch } from '../src/domain/GraphBatch';
import type { Problem } from '../src/domain/Problem';
import type { BuiltGraph } from './buildGraph';

/** What an ingest run did, as `kg ingest --report FILE` writes it. */
export interface IngestReport {
  documents: { read: number; loaded: number; rejected: number };
  nodes: Record<string, number>;
  edges: Record<string, number>;
  citations: BuiltGraph['citations'];
  problems: Problem[];
}

/** Counts a graph's nodes per kind and edges per type, keys sorted. */
export function countGraph(batch: GraphBatch): Pick<IngestReport, 'nodes' | 'edges'> {
  const tally = (keys: string[]) => {
    const counts: Record<string, number> = {};
    for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  return { nodes: tally(batch.nodes.map((n) => n.kind)), edges: tally(batch.edges.map((e) => e.type)) };
}

/** Problems in a stable order: by path, line, then code. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.path !== b.path ? (a.path < b.path ? -1 : 1) : a.line !== b.line ? a.line - b.line : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}
