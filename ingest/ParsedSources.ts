import type { AkDocument } from './algoritmekader/AkDocument';
import type { CuratedNode, StatuteCatalog } from './curated/CuratedData';
import type { FreeTextDocument } from './freetext/FreeTextDocument';

/** Everything read from the sources, typed, before it becomes a graph. Each list is in path order. */
export interface ParsedSources {
  akDocuments: AkDocument[];
  curated: { path: string; nodes: CuratedNode[] }[];
  catalogs: StatuteCatalog[];
  freeTexts: FreeTextDocument[];
}
