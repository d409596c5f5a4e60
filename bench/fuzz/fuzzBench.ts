import { fuzzApi, type ApiFuzzFigures } from './fuzzApi';
import { fuzzIngest, type IngestFuzzFigures } from './fuzzIngest';
import { fuzzSeed } from './fuzzSeed';

/** Full-size fuzzing as issue 6 sets it: at least 100,000 documents and 10,000 operations per run. */
export const FULL_SIZE = { documents: 100_000, operations: 10_000 } as const;

/** Both fuzzers' figures from one bench run. */
export interface FuzzBenchResults {
  ingest: IngestFuzzFigures;
  api: ApiFuzzFigures;
}

/**
 * Runs the ingest and API fuzzers at full size with one seed (`FUZZ_SEED`, else the default) and
 * returns their figures; `formatFuzzResults` turns them into the RESULTS.md section. A failure is
 * in the figures (`failure`), not thrown, so the rest of the bench still reports.
 */
export async function runFuzzBench(seed = fuzzSeed(), size: { documents: number; operations: number } = FULL_SIZE): Promise<FuzzBenchResults> {
  const ingest = await fuzzIngest({ runs: size.documents, seed });
  const api = await fuzzApi({ runs: size.operations, seed });
  return { ingest, api };
}
