import { existsSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { runIngest, type IngestResult } from '../../ingest/runIngest';
import type { ProblemCode } from '../../src/domain/Problem';
import { corpusDir, loadCorpusSamples, type CorpusSample } from './corpusSamples';
import { describeBytes, documentArbitrary, documentFieldsArbitrary, renderDocument, type FuzzDocument } from './documentArbitraries';

/** How much to fuzz, and with which seed. */
export interface IngestFuzzOptions {
  /** Documents to generate, at least (rounded up to whole batches). */
  runs: number;
  seed: number;
  /** Generated documents per ingest run. */
  batchSize?: number;
  /** A batch slower than this is reported as a hang. */
  maxBatchMs?: number;
}

/** What an ingest fuzz run did and found. Every count but the first four should be 0 or equal, as named. */
export interface IngestFuzzFigures {
  seed: number;
  documents: number;
  batches: number;
  /** Generated documents by the generator that made them. */
  families: Record<string, number>;
  rejected: number;
  loaded: number;
  /** Rejected documents by the code of their first error. */
  rejectedByCode: Record<string, number>;
  /** Every problem (errors and warnings) on generated documents, by code. */
  problemsByCode: Record<string, number>;
  /** Ingest runs that threw instead of reporting. */
  uncaught: number;
  /** Batches after which a payload had run (flag set, marker written or a prototype polluted). */
  codeRun: number;
  /** Documents neither loaded nor named by a typed error, problems with an unknown code, or reports that do not add up. */
  untyped: number;
  /** Batches slower than `maxBatchMs`. */
  hangs: number;
  goodDocuments: number;
  goodLoaded: number;
  slowestBatchMs: number;
  durationMs: number;
  /** Why the run failed, with the seed to replay it and the documents to blame; absent when it passed. */
  failure?: string;
}

/** Every problem code, so that a code outside the family is caught (the compiler keeps the list complete). */
const KNOWN_CODES: Record<ProblemCode, true> = {
  READ_FAILED: true,
  FILE_TOO_LARGE: true,
  NOT_UTF8: true,
  NO_FRONT_MATTER: true,
  FRONT_MATTER_LANGUAGE: true,
  YAML_SYNTAX: true,
  YAML_TOO_COMPLEX: true,
  FRONT_MATTER_NOT_MAPPING: true,
  UNSAFE_KEY: true,
  DUPLICATE_KEY: true,
  MISSING_FIELD: true,
  INVALID_FIELD: true,
  DUPLICATE_ID: true,
  UNRESOLVED_CITATION: true,
  UNKNOWN_REFERENCE: true,
};

/** A known-good document of a batch and the id it must load as. */
interface GoodDocument {
  file: string;
  text: string;
  id: string;
}

/** One batch written to disk and ingested. */
interface BatchRun {
  files: string[];
  result?: IngestResult;
  error?: unknown;
  codeRan: boolean;
  ms: number;
}

const add = (counts: Record<string, number>, key: string, n = 1) => {
  counts[key] = (counts[key] ?? 0) + n;
};

/** Whether any payload ran: the flag, the marker file, or a polluted `Object.prototype`. Clears the evidence. */
function payloadRan(flag: string, markerFile: string): boolean {
  const global = globalThis as Record<string, unknown>;
  const ran = global[flag] !== undefined || existsSync(markerFile) || ({} as Record<string, unknown>).polluted !== undefined;
  delete global[flag];
  rmSync(markerFile, { force: true });
  delete (Object.prototype as Record<string, unknown>).polluted;
  return ran;
}

/** Corpus documents that load cleanly on their own: the known-good documents mixed into every batch. */
async function cleanSamples(samples: readonly CorpusSample[]): Promise<CorpusSample[]> {
  const dir = corpusDir();
  const { batch, report } = await runIngest({ sources: [dir], cwd: dir });
  const erred = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.path));
  const defined = new Set(batch.nodes.map((n) => n.origin?.path));
  const clean = samples.filter((s) => !erred.has(s.name) && defined.has(s.name) && /^id:\s*urn:/m.test(s.text));
  if (clean.length < 2) throw new Error(`only ${clean.length} corpus documents load cleanly; the fuzzer needs some to mix in`);
  return clean;
}

/**
 * Fuzzes the ingest pipeline: batches of generated and mutated documents, with known-good ones mixed
 * in, are written to a temporary folder and ingested by `runIngest`, the real entry. After each batch
 * it checks that nothing threw, no payload ran, every document either loaded or was named by an
 * error of a known code, the report's count of rejections agrees, and the good documents all loaded.
 * Seeded by fast-check; a failure names the seed and the documents to blame (found by bisecting the
 * batch) and keeps them in a folder for replay.
 */
export async function fuzzIngest(options: IngestFuzzOptions): Promise<IngestFuzzFigures> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 250;
  const maxBatchMs = options.maxBatchMs ?? 30_000;
  const samples = loadCorpusSamples();
  const clean = await cleanSamples(samples);
  const flag = `__kgFuzzRan${process.pid}`;
  const markerFile = path.join(tmpdir(), `kg-fuzz-ran-${process.pid}`);
  payloadRan(flag, markerFile);
  const root = await fs.mkdtemp(path.join(tmpdir(), 'kg-fuzz-ingest-'));

  const figures: IngestFuzzFigures = {
    seed: options.seed,
    documents: 0,
    batches: 0,
    families: {},
    rejected: 0,
    loaded: 0,
    rejectedByCode: {},
    problemsByCode: {},
    uncaught: 0,
    codeRun: 0,
    untyped: 0,
    hangs: 0,
    goodDocuments: 0,
    goodLoaded: 0,
    slowestBatchMs: 0,
    durationMs: 0,
  };

  let runNo = 0;
  /** Writes good and generated documents into a fresh folder and ingests it, with the defaults, as `kg ingest` does. */
  const ingestBatch = async (docs: readonly FuzzDocument[], good: readonly GoodDocument[]): Promise<BatchRun> => {
    const dir = path.join(root, `run-${++runNo}`);
    const files: string[] = [];
    // Good documents sort first ("0-good/…" before "f-…"), so a generated copy of their id is the one rejected.
    for (const g of good) {
      await fs.mkdir(path.dirname(path.join(dir, g.file)), { recursive: true });
      await fs.writeFile(path.join(dir, g.file), g.text);
    }
    for (const [i, d] of docs.entries()) {
      const file = `${d.folder ? `${d.folder}/` : ''}f-${String(i).padStart(4, '0')}${d.ext}`;
      await fs.mkdir(path.join(dir, d.folder), { recursive: true });
      await fs.writeFile(path.join(dir, file), d.bytes);
      files.push(file);
    }
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    const t0 = performance.now();
    let run: BatchRun;
    try {
      const result = await runIngest({ sources: [dir], cwd: dir });
      // Let a stray rejection or timer from the ingest surface before judging it.
      await new Promise((resolve) => setImmediate(resolve));
      run = { files, result, error: uncaught[0], codeRan: false, ms: performance.now() - t0 };
    } catch (error) {
      run = { files, error, codeRan: false, ms: performance.now() - t0 };
    } finally {
      process.off('uncaughtException', onUncaught);
      process.off('unhandledRejection', onUncaught);
    }
    run.codeRan = payloadRan(flag, markerFile);
    await fs.rm(dir, { recursive: true, force: true });
    return run;
  };

  /** The smallest sets of documents that still fail the check alone (with the good ones); a halving search. */
  const blame = async (docs: readonly FuzzDocument[], good: readonly GoodDocument[], fails: (run: BatchRun) => boolean): Promise<FuzzDocument[]> => {
    if (docs.length <= 1) return [...docs];
    const half = Math.ceil(docs.length / 2);
    const parts = [docs.slice(0, half), docs.slice(half)];
    const guilty: FuzzDocument[] = [];
    for (const part of parts) if (fails(await ingestBatch(part, good))) guilty.push(...(await blame(part, good, fails)));
    // Neither half fails alone: the documents fail together.
    return guilty.length > 0 ? guilty : [...docs];
  };

  /** Keeps the blamed documents on disk for replay and describes them. */
  const keep = async (docs: readonly FuzzDocument[]): Promise<string> => {
    const dir = path.join(tmpdir(), `kg-fuzz-failure-${options.seed}`);
    await fs.mkdir(dir, { recursive: true });
    const lines: string[] = [];
    for (const [i, d] of docs.slice(0, 10).entries()) {
      await fs.mkdir(path.join(dir, d.folder), { recursive: true });
      const file = path.join(dir, d.folder, `blamed-${i}${d.ext}`);
      await fs.writeFile(file, d.bytes);
      lines.push(`  ${file} (${d.family}): ${describeBytes(d.bytes, 200)}`);
    }
    return `${lines.join('\n')}\n  (kept in ${dir})`;
  };

  /** Checks one ingested batch; returns what is wrong, by generated document where it can tell. */
  const judge = (good: readonly GoodDocument[], run: BatchRun): { failures: string[]; culprits: number[] } => {
    const failures: string[] = [];
    const culprits: number[] = [];
    if (!run.result) return { failures, culprits };
    const { batch, report } = run.result;
    const definedIn = new Set(batch.nodes.map((n) => n.origin?.path));
    const nodeOrigin = new Map(batch.nodes.map((n) => [n.id, n.origin?.path]));
    const errorsByPath = new Map<string, ProblemCode[]>();
    for (const p of report.problems) {
      if (!(p.code in KNOWN_CODES) || !Number.isInteger(p.line) || p.line < 0 || !['error', 'warning'].includes(p.severity)) {
        failures.push(`a problem outside the typed family: ${JSON.stringify(p).slice(0, 300)}`);
      }
      if (p.severity === 'error') errorsByPath.set(p.path, [...(errorsByPath.get(p.path) ?? []), p.code]);
    }
    let rejectedFiles = 0;
    for (const [file, errors] of errorsByPath) if (!definedIn.has(file) && errors.length > 0) rejectedFiles++;
    if (rejectedFiles !== report.documents.rejected) {
      failures.push(`the report counts ${report.documents.rejected} rejected documents, but ${rejectedFiles} files have errors and no node`);
    }
    run.files.forEach((file, i) => {
      if (!definedIn.has(file) && !errorsByPath.has(file)) {
        failures.push(`${file} was neither loaded nor named by an error`);
        culprits.push(i);
      }
    });
    for (const g of good) {
      if (nodeOrigin.get(g.id) !== g.file || errorsByPath.has(g.file)) {
        failures.push(`the good document ${g.file} (${g.id}) did not load: ${JSON.stringify(report.problems.filter((p) => p.path === g.file)).slice(0, 300)}`);
      }
    }
    return { failures, culprits };
  };

  /** Adds a batch's outcome to the figures. */
  const tally = (docs: readonly FuzzDocument[], good: readonly GoodDocument[], run: BatchRun) => {
    figures.batches++;
    figures.documents += docs.length;
    figures.slowestBatchMs = Math.max(figures.slowestBatchMs, run.ms);
    for (const d of docs) add(figures.families, d.family);
    if (!run.result) return;
    const { batch, report } = run.result;
    const definedIn = new Set(batch.nodes.map((n) => n.origin?.path));
    const generated = new Set(run.files);
    const firstError = new Map<string, ProblemCode>();
    for (const p of report.problems) {
      if (!generated.has(p.path)) continue;
      add(figures.problemsByCode, p.code);
      if (p.severity === 'error' && !firstError.has(p.path)) firstError.set(p.path, p.code);
    }
    for (const file of run.files) {
      const code = firstError.get(file);
      if (definedIn.has(file)) figures.loaded++;
      else if (code) {
        figures.rejected++;
        add(figures.rejectedByCode, code);
      }
    }
    figures.goodDocuments += good.length;
    figures.goodLoaded += good.filter((g) => definedIn.has(g.file)).length;
  };

  const goodOf = (batchNo: number, fields: readonly ReturnType<typeof renderDocument>[]): GoodDocument[] => {
    const picked = [0, 1].map((k) => clean[(batchNo * 2 + k) % clean.length] as CorpusSample);
    return [
      ...picked.map((s) => ({ file: `0-good/${s.name}`, text: s.text, id: (/^id:\s*(\S+)/m.exec(s.text) as RegExpExecArray)[1] as string })),
      ...fields.map((text, k) => ({ file: `0-good/generated-${k}.md`, text, id: `urn:nl:ak:ver:fuzz-good-${batchNo}-${k}` })),
    ];
  };
  const goodFields = fc.array(documentFieldsArbitrary(), { minLength: 2, maxLength: 2 });

  let batchNo = 0;
  const property = fc.asyncProperty(
    // A batch is not shrunk (each try is a whole ingest); `blame` bisects it to the documents at fault instead.
    fc.noShrink(fc.array(documentArbitrary({ samples, flag, markerFile }), { minLength: batchSize, maxLength: batchSize })),
    fc.noShrink(goodFields),
    async (docs, fields) => {
      const n = batchNo++;
      const good = goodOf(n, fields.map((f, k) => renderDocument({ ...f, kind: 'ver', code: `fuzz-good-${n}-${k}` })));
      const run = await ingestBatch(docs, good);
      tally(docs, good, run);
      const problems: string[] = [];
      if (run.error !== undefined) {
        figures.uncaught++;
        const culprits = await blame(docs, good, (r) => r.error !== undefined);
        problems.push(`the ingest threw: ${String((run.error as Error)?.stack ?? run.error).slice(0, 1000)}\n${await keep(culprits)}`);
      }
      if (run.codeRan) {
        figures.codeRun++;
        problems.push(`a payload ran\n${await keep(await blame(docs, good, (r) => r.codeRan))}`);
      }
      if (run.ms > maxBatchMs) {
        figures.hangs++;
        const culprits = await blame(docs, good, (r) => r.ms > maxBatchMs / 4);
        problems.push(`a batch took ${Math.round(run.ms)} ms (limit ${maxBatchMs} ms)\n${await keep(culprits)}`);
      }
      const judged = judge(good, run);
      if (judged.failures.length > 0) {
        figures.untyped += judged.failures.length;
        const blamed = judged.culprits.length > 0 ? judged.culprits.map((i) => docs[i] as FuzzDocument) : await blame(docs, good, (r) => judge(good, r).failures.length > 0);
        problems.push(`${judged.failures.slice(0, 10).join('\n')}\n${await keep(blamed)}`);
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  );

  try {
    const details = await fc.check(property, { numRuns: Math.ceil(options.runs / batchSize), seed: options.seed, endOnFailure: true });
    if (details.failed) {
      figures.failure = `Ingest fuzzing failed in batch ${details.numRuns} (fast-check seed ${details.seed}, path "${details.counterexamplePath}"; replay with FUZZ_SEED=${details.seed}):\n${String((details.errorInstance as Error)?.message ?? details.errorInstance)}`;
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  figures.durationMs = performance.now() - started;
  return figures;
}
