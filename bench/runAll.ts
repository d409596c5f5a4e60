import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { abuseUnderLoad } from './api/abuseUnderLoad';
import { runApiBench } from './api/apiBench';
import { startScaledServer } from './api/scaledServer';
import { shutdownUnderLoad } from './api/shutdownUnderLoad';
import { soak } from './api/soak';
import { formatResults, type BenchResults } from './formatResults';
import { formatFuzzResults } from './fuzz/formatFuzzResults';
import { runFuzzBench } from './fuzz/fuzzBench';
import { runIngestBench } from './ingest/ingestBench';
import { projectRoot } from './projectRoot';
import { runStoreScalingBench } from './store/storeScalingBench';

/** Where the corpus is: `../shared` beside the repository, as in the tests. */
function corpusDir(): string {
  return process.env.KG_CORPUS ?? path.resolve(projectRoot(), '..', 'shared', 'corpus', 'algoritmekader');
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Benchmarks by name, in the order they run; `npm run bench -- api soak` runs only those named. */
const BENCHMARKS: Record<string, (results: BenchResults, corpus: string) => Promise<void>> = {
  ingest: async (results, corpus) => {
    results.ingest = await runIngestBench(corpus);
  },
  store: async (results, corpus) => {
    results.store = await runStoreScalingBench(corpus);
  },
  api: async (results, corpus) => {
    results.api = await runApiBench(corpus);
  },
  abuse: async (results, corpus) => {
    const server = await startScaledServer(corpus, 1);
    try {
      results.abuse = await abuseUnderLoad(server.url);
    } finally {
      await server.stop();
    }
  },
  soak: async (results, corpus) => {
    const server = await startScaledServer(corpus, 1);
    try {
      results.soak = await soak(server);
    } finally {
      await server.stop();
    }
  },
  shutdown: async (results) => {
    results.shutdown = await shutdownUnderLoad();
  },
  fuzz: async (results) => {
    const fuzz = await runFuzzBench();
    results.fuzz = fuzz;
    results.more = { ...results.more, Fuzzing: formatFuzzResults(fuzz) };
  },
};

/** Runs the benchmarks; a full run writes `bench/RESULTS.md` and `bench/results.json`, a partial one only prints. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  const command = wanted.length > 0 ? `npm run bench -- ${wanted.join(' ')}` : 'npm run bench';
  const results: BenchResults = { started: new Date().toISOString(), machine: machine(), command };
  const corpus = corpusDir();
  for (const [name, run] of Object.entries(BENCHMARKS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    process.stderr.write(`${name} benchmark…\n`);
    await run(results, corpus);
  }
  const markdown = formatResults(results);
  process.stdout.write(markdown);
  // The committed results always come from one full run, so that every ratio in them shares a machine and a moment.
  if (wanted.length > 0) return;
  const outDir = path.join(projectRoot(), 'bench');
  await fs.writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await fs.writeFile(path.join(outDir, 'RESULTS.md'), markdown);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
