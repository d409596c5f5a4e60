import type { EdgeType } from '../../src/domain/edgeTypes';
import type { Props } from '../../src/domain/GraphNode';
import type { NodeKind } from '../../src/domain/nodeKinds';
import type { Provenance } from '../../src/domain/Provenance';
import type { Located } from '../algoritmekader/AkDocument';

/** A node written by hand in the project's dataset (`dataset: curated`). */
export interface CuratedNode {
  id: string;
  kind: NodeKind;
  label: string;
  props: Props;
  origin: Provenance;
  /** Each target is a canonical id or a citation text for the resolver. */
  relations: { type: EdgeType; target: Located<string> }[];
}

/** The structure of one instrument (`dataset: statute-catalog`). */
export interface StatuteCatalog {
  instrument: string;
  origin: Provenance;
  divisions: CatalogDivision[];
  articles: CatalogArticle[];
  recitals: number;
  annexes: Located<string>[];
}

export interface CatalogDivision {
  path: string;
  level: string;
  number?: string;
  title?: string;
  line: number;
}

export interface CatalogArticle {
  number: string;
  title?: string;
  division?: string;
  /** Paragraph labels with their point labels, in order. */
  paragraphs: { label: string; points: string[] }[];
  /** Points directly under the article (Article 16(a)–(l)). */
  points: string[];
  refersTo: string[];
  line: number;
}
