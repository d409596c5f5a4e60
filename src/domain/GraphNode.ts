import type { NodeKind } from './nodeKinds';
import type { Provenance } from './Provenance';

/** A property value. Flat on purpose: Neo4j stores exactly these (no nested maps). */
export type PropValue = string | number | boolean | string[];

/** Properties of a node or edge. Keys are camelCase English; Dutch terms appear only as values. */
export type Props = Record<string, PropValue>;

/** A node of the knowledge graph. `id` is canonical (design.md §3); `label` is what a person reads. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  props: Props;
  /** Where the node was defined; absent for nodes implied by an id (e.g. the article above a cited point). */
  origin?: Provenance;
}
