import type { FoundCitation } from '../../src/domain/citations/findCitations';
import type { Provenance } from '../../src/domain/Provenance';

/** A plain-text document (an article, a note) and the citations found in it. */
export interface FreeTextDocument {
  id: string;
  label: string;
  text: string;
  origin: Provenance;
  citations: FoundCitation[];
}
