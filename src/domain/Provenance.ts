/** Where a fact came from: a file (path relative to the working directory, `/`-separated) and a 1-based line. */
export interface Provenance {
  path: string;
  line: number;
}

/** Orders provenances by path, then line, so that "the first place that said so" is deterministic. */
export function compareProvenance(a: Provenance, b: Provenance): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}
