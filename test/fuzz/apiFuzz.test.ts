import { fuzzApi, type ApiFuzzFigures } from '../../bench/fuzz/fuzzApi';
import { fuzzSeed } from '../../bench/fuzz/fuzzSeed';

/** Operations per CI run: enough to meet every generator many times, small enough for under a minute on 2 cores. */
const CI_OPERATIONS = Number(process.env.FUZZ_API_RUNS ?? 2000);

describe('API fuzzing (seeded; FUZZ_SEED replays a run)', () => {
  let figures: ApiFuzzFigures;
  beforeAll(async () => {
    figures = await fuzzApi({ runs: CI_OPERATIONS, seed: fuzzSeed() });
    process.stdout.write(`API fuzz: ${JSON.stringify(figures)}\n`);
  }, 240_000);

  it('meets every check (fast-check reports the seed and the shrunk request)', () => {
    expect(figures.failure).toBeUndefined();
  });

  it(`answers ${CI_OPERATIONS} generated operations with allowed statuses only: no 5xx, no internal error, no hang`, () => {
    expect(figures.operations).toBeGreaterThanOrEqual(CI_OPERATIONS);
    expect(figures).toMatchObject({ fiveXx: 0, unexpected: 0, internalErrors: 0, noAnswer: 0, uncaught: 0 });
  });

  it('both answers and refuses, and is still healthy afterwards', () => {
    expect(figures.statusCounts['200']).toBeGreaterThan(figures.operations / 10);
    expect(figures.statusCounts['400']).toBeGreaterThan(figures.operations / 10);
    expect(figures.statusCounts['413']).toBeGreaterThan(0);
    expect(figures.healthyAfter).toBe(true);
  });
});
