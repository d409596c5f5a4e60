import type { FuzzBenchResults } from './fuzzBench';

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The fuzzing section of RESULTS.md (for `BenchResults.more`), in markdown, from one full-size run. */
export function formatFuzzResults({ ingest, api }: FuzzBenchResults): string {
  const verdict = (failure: string | undefined) => (failure ? `**failed**: ${failure.split('\n')[0]}` : 'passed');
  return [
    `Seeded with fast-check (seed ${ingest.seed}; \`FUZZ_SEED\` replays a run). The same runners run in \`npm test\` at CI size.`,
    '',
    `**Ingest** — ${verdict(ingest.failure)}. ${ingest.documents} generated or mutated documents in ${ingest.batches} batches through \`runIngest\`, ` +
      `${ingest.goodDocuments} known-good documents mixed in (${ingest.goodLoaded} loaded), in ${seconds(ingest.durationMs)} (slowest batch ${seconds(ingest.slowestBatchMs)}).`,
    '',
    `| documents | loaded | rejected | uncaught | code run | untyped | hangs |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
    `| ${ingest.documents} | ${ingest.loaded} | ${ingest.rejected} | ${ingest.uncaught} | ${ingest.codeRun} | ${ingest.untyped} | ${ingest.hangs} |`,
    '',
    `Rejections by code: ${counts(ingest.rejectedByCode)}.`,
    '',
    `Documents by generator: ${counts(ingest.families)}.`,
    '',
    `**API** — ${verdict(api.failure)}. ${api.operations} generated or mutated operations against a live server on the corpus graph, in ${seconds(api.durationMs)}; ` +
      `healthy afterwards: ${api.healthyAfter ? 'yes' : 'no'}.`,
    '',
    `| operations | 5xx | unexpected status | internal errors | no answer | uncaught |`,
    `| --- | --- | --- | --- | --- | --- |`,
    `| ${api.operations} | ${api.fiveXx} | ${api.unexpected} | ${api.internalErrors} | ${api.noAnswer} | ${api.uncaught} |`,
    '',
    `Statuses: ${counts(api.statusCounts)} (405 for other methods, 415 and 406 only for a charset, encoding or accept header that asks for them, 431 only for a URL over Node's header limit).`,
    '',
    `Operations by generator: ${counts(api.families)}.`,
  ].join('\n');
}
