/** The seed the fuzz suites use unless `FUZZ_SEED` says otherwise, so that CI runs are reproducible. */
export const DEFAULT_FUZZ_SEED = 20_261_123;

/** The seed to fuzz with: `FUZZ_SEED` from the environment when set (a failure report prints it), else the default. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FUZZ_SEED;
  if (raw === undefined || raw.trim() === '') return DEFAULT_FUZZ_SEED;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${raw}"`);
  return seed;
}
