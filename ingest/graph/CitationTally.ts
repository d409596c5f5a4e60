import type { CitationResolution } from '../../src/domain/citations/resolveCitation';

/** One citation that named a legal provision but could not be resolved. */
export interface UnresolvedCitation {
  path: string;
  line: number;
  text: string;
  reason: string;
}

/**
 * Counts what became of every citation ingest met. `provisionLinks` are the ones that named an
 * article, recital or annex (resolved to provisions, or not resolved at all); the 97% target
 * is `resolvedToProvisions / provisionLinks`.
 */
export class CitationTally {
  total = 0;
  toProvisions = 0;
  toInstruments = 0;
  toRulings = 0;
  notLegal = 0;
  readonly unresolved: UnresolvedCitation[] = [];

  count(resolution: CitationResolution, where: { path: string; line: number; text: string }): void {
    this.total++;
    switch (resolution.status) {
      case 'provisions':
        this.toProvisions++;
        break;
      case 'instrument':
        this.toInstruments++;
        break;
      case 'ruling':
        this.toRulings++;
        break;
      case 'not-legal':
        this.notLegal++;
        break;
      case 'unresolved':
        this.unresolved.push({ ...where, reason: resolution.reason });
        break;
    }
  }

  summary() {
    const provisionLinks = this.toProvisions + this.unresolved.length;
    return {
      total: this.total,
      resolved: this.toProvisions + this.toInstruments + this.toRulings,
      toProvisions: this.toProvisions,
      toInstruments: this.toInstruments,
      toRulings: this.toRulings,
      notLegal: this.notLegal,
      provisionResolutionRate: provisionLinks === 0 ? 1 : this.toProvisions / provisionLinks,
      unresolved: [...this.unresolved].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
    };
  }
}
