import { buildGraph } from './buildGraph';
import { defaultDataDir } from './defaultDataDir';
import { discoverFiles } from './discoverFiles';
import { countGraph, sortProblems, type IngestReport } from './IngestReport';
import { readDocuments } from './readDocuments';
import type { GraphBatch } from '../src/domain/GraphBatch';

export interface IngestOptions {
  /** Files and folders to read, besides the project's own dataset. */
  sources: readonly string[];
  /** Include the project's own dataset (`ingest/data`); on unless `--no-defaults`. */
  includeDefaults?: boolean;
  /** Where relative sources are resolved and report paths are relative to. */
  cwd?: string;
  /** Called as files are read: (files done, files in all). */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
  batch: GraphBatch;
  report: IngestReport;
}

/**
 * The ingest pipeline, pure until its caller writes the batch: discover files → read and parse
 * each (bad ones reported and skipped) → resolve citations and build one sorted graph → report.
 */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const sources = [...(options.includeDefaults === false ? [] : [defaultDataDir()]), ...options.sources];
  const { files, missing } = await discoverFiles(sources, cwd);
  options.onProgress?.(0, files.length);
  const read = await readDocuments(files, (done) => options.onProgress?.(done, files.length));
  const built = buildGraph(read.parsed);

  const rejected = new Set([...read.rejected, ...built.rejected]);
  const problems = [
    ...missing.map((source) => ({ path: source, line: 0, code: 'READ_FAILED' as const, severity: 'error' as const, message: 'no such file or folder' })),
    ...read.problems,
    ...built.problems,
  ];
  const report: IngestReport = {
    documents: { read: files.length, loaded: files.length - rejected.size, rejected: rejected.size },
    ...countGraph(built.batch),
    citations: built.citations,
    problems: sortProblems(problems),
  };
  return { batch: built.batch, report };
}
