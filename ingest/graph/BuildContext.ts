import type { Problem } from '../../src/domain/Problem';
import { CitationTally } from './CitationTally';
import { GraphBuilder } from './GraphBuilder';

/** What the graph-building steps share: the graph so far, the citation counts and the problems found. */
export class BuildContext {
  readonly graph = new GraphBuilder();
  readonly citations = new CitationTally();
  readonly problems: Problem[] = [];
  /** Algoritmekader file stems (`aia-18-corrigerende-…`) to ids, for `vereiste:`/`maatregel:` lists and body links. */
  readonly documentsByStem = new Map<string, string>();

  warn(path: string, line: number, code: Problem['code'], message: string, field?: string): void {
    this.problems.push({ path, line, code, severity: 'warning', message, ...(field ? { field } : {}) });
  }
}
