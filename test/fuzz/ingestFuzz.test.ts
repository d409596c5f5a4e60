import { fuzzIngest, type IngestFuzzFigures } from '../../bench/fuzz/fuzzIngest';
import { fuzzSeed } from '../../bench/fuzz/fuzzSeed';

/** Documents per CI run: enough to meet every generator many times, small enough for under a minute on 2 cores. */
const CI_DOCUMENTS = Number(process.env.FUZZ_INGEST_RUNS ?? 4000);

describe('ingest fuzzing (seeded; FUZZ_SEED replays a run)', () => {
  let figures: IngestFuzzFigures;
  beforeAll(async () => {
    figures = await fuzzIngest({ runs: CI_DOCUMENTS, seed: fuzzSeed() });
    process.stdout.write(`ingest fuzz: ${JSON.stringify(figures)}\n`);
  }, 240_000);

  it('meets every failure check (the report names the seed and the documents to blame)', () => {
    expect(figures.failure).toBeUndefined();
  });

  it(`ingests at least ${CI_DOCUMENTS} generated documents with no uncaught error, no code run, no untyped rejection and no hang`, () => {
    expect(figures.documents).toBeGreaterThanOrEqual(CI_DOCUMENTS);
    expect(figures).toMatchObject({ uncaught: 0, codeRun: 0, untyped: 0, hangs: 0 });
  });

  it('rejects hostile documents with typed problems and still loads the good ones', () => {
    expect(figures.rejected).toBeGreaterThan(figures.documents / 4);
    expect(figures.loaded + figures.rejected).toBe(figures.documents);
    for (const code of ['FRONT_MATTER_LANGUAGE', 'YAML_TOO_COMPLEX', 'YAML_SYNTAX', 'NOT_UTF8', 'FRONT_MATTER_NOT_MAPPING', 'UNSAFE_KEY', 'DUPLICATE_ID']) {
      expect(figures.rejectedByCode[code]).toBeGreaterThan(0);
    }
    expect(figures.goodDocuments).toBeGreaterThan(0);
    expect(figures.goodLoaded).toBe(figures.goodDocuments);
  });
});
