import type { Provenance } from '../../src/domain/Provenance';
import type { TagKey } from './frontMatterKeys';

/** The three kinds of Algoritmekader document. */
export type AkKind = 'Requirement' | 'Measure' | 'Tool';

/** A value read from the document, with the line it stands on. */
export interface Located<T> {
  value: T;
  line: number;
}

/** A markdown link `[text](url)` in the body. */
export interface MarkdownLink {
  text: string;
  url: string;
  line: number;
  /** The `## ` section the link stands in (`Bronnen`, `Toelichting`, …), or '' before the first. */
  section: string;
}

/** An Algoritmekader requirement, measure or tool, typed and with file:line for everything that becomes an edge. */
export interface AkDocument {
  kind: AkKind;
  id: string;
  /** The file name without `.md`; measures and tools refer to documents by it. */
  fileStem: string;
  origin: Provenance;
  title: string;
  summary?: string;
  /** The body as plain text (markdown and HTML comments removed), for search. */
  text: string;
  tags: { key: TagKey; values: Located<string>[] }[];
  props: Record<string, string | string[]>;
  links: { to: 'requirements' | 'measures'; stem: Located<string> }[];
  bodyLinks: MarkdownLink[];
}
