import type { EdgeType } from './edgeTypes';
import type { Props } from './GraphNode';
import type { Provenance } from './Provenance';

/** A directed, typed edge. Every edge says which file and line asserted it. */
export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  props: Props;
  provenance: Provenance;
}

/** The deterministic id of an edge: one edge per (source, type, target). */
export function edgeId(source: string, type: EdgeType, target: string): string {
  return `${source}|${type}|${target}`;
}
