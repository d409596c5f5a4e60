import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverFiles } from '../../ingest/discoverFiles';
import { parseFrontMatter } from '../../ingest/read/parseFrontMatter';
import { runIngest } from '../../ingest/runIngest';
import { generateCorpus } from './generateCorpus';
import { measure, type Measured } from '../measure';

/** One scale's figures: the full ingest against reading and parsing only the front matter of the same files. */
export interface IngestScaleResult {
  scale: number;
  files: number;
  ingest: Measured;
  parseOnly: Measured;
  /** ingest median / parse-only median, measured side by side. */
  ratioToParse: number;
  /** ingest median at this scale / ingest median at 1×. */
  growthVs1x: number;
  heapMiB: number;
}

/** Reads every file and parses its front matter, and nothing else: the floor an ingest is compared to. */
async function parseOnly(dir: string): Promise<void> {
  const { files } = await discoverFiles([dir], dir);
  for (const file of files) parseFrontMatter(await fs.readFile(file.absolute, 'utf8'), file.display);
}

/** Ingest time of the corpus, and of synthetic corpora 10× and 100× larger, each as ratios. */
export async function runIngestBench(corpusDir: string, scales = [1, 10, 100], runs = 5): Promise<IngestScaleResult[]> {
  const results: IngestScaleResult[] = [];
  for (const scale of scales) {
    const dir = scale === 1 ? corpusDir : path.join(tmpdir(), `kg-bench-corpus-${scale}x`);
    const files = scale === 1 ? (await discoverFiles([dir], dir)).files.length : await generateCorpus(corpusDir, dir, scale);
    const n = scale >= 100 ? Math.max(2, Math.ceil(runs / 2)) : runs;
    // Alternate the two so that noise on a shared machine hits both alike.
    const [ingest, floor] = (await measure(n, [() => runIngest({ sources: [dir], includeDefaults: false, cwd: dir }).then(() => undefined), () => parseOnly(dir)])) as [Measured, Measured];
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = await runIngest({ sources: [dir], includeDefaults: false, cwd: dir });
    const heapMiB = Math.max(0, process.memoryUsage().heapUsed - before) / 2 ** 20;
    void kept;
    results.push({ scale, files, ingest, parseOnly: floor, ratioToParse: ingest.median / floor.median, growthVs1x: 0, heapMiB });
    if (scale !== 1) await fs.rm(dir, { recursive: true, force: true });
  }
  const base = results[0]?.ingest.median ?? 1;
  for (const r of results) r.growthVs1x = r.ingest.median / base;
  return results;
}
