import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIngestBench, type IngestScaleResult } from './ingest/ingestBench';
import { runStoreScalingBench, type StoreScaleResult } from './store/storeScalingBench';

/** Where the corpus is: `../shared` beside the repository, as in the tests. */
function corpusDir(): string {
  const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'algoritmekader');
  return process.env.KG_CORPUS ?? dir;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function ingestTable(rows: IngestScaleResult[]): string {
  const lines = [
    '| scale | files | ingest median (min–max) | parse-only median | ingest ÷ parse-only | ingest ÷ ingest at 1× | heap kept |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.scale}× | ${r.files} | ${ms(r.ingest.median)} (${ms(r.ingest.min)}–${ms(r.ingest.max)}, ${r.ingest.runs} runs) | ${ms(r.parseOnly.median)} | ${r.ratioToParse.toFixed(2)} | ${r.growthVs1x.toFixed(1)} | ${r.heapMiB.toFixed(0)} MiB |`,
    );
  }
  return lines.join('\n');
}

function storeTable(rows: StoreScaleResult[]): string {
  const lines = [
    '| scale | nodes | edges | neighbourhood (depth 2) median | ÷ 1× | shortest path median | ÷ 1× |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const us = (x: number) => `${(x * 1000).toFixed(0)} µs`;
  for (const r of rows) {
    lines.push(`| ${r.scale}× | ${r.nodes} | ${r.edges} | ${us(r.neighbourhood.median)} (${us(r.neighbourhood.min)}–${us(r.neighbourhood.max)}) | ${r.neighbourhoodVs1x.toFixed(2)} | ${us(r.path.median)} (${us(r.path.min)}–${us(r.path.max)}) | ${r.pathVs1x.toFixed(2)} |`);
  }
  return lines.join('\n');
}

/** Runs every benchmark and writes `bench/RESULTS.md` and `bench/results.json`. */
async function main(): Promise<void> {
  const started = new Date().toISOString();
  process.stderr.write('ingest benchmark (1×, 10×, 100× the corpus)…\n');
  const ingest = await runIngestBench(corpusDir());
  process.stderr.write('store benchmark (embedded store, 1×, 10×, 100× the corpus graph)…\n');
  const store = await runStoreScalingBench(corpusDir());
  const results = { started, machine: machine(), command: 'npm run bench', ingest, store };
  const outDir = path.resolve(__dirname, '..', '..', 'bench');
  await fs.writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = [
    '# Benchmark results',
    '',
    `Run \`${results.command}\` on ${started}. Machine: ${results.machine}.`,
    'Timings are medians of several interleaved runs; ratios compare figures measured side by side in the same run.',
    '',
    '## Ingest',
    '',
    'Full ingest (read, parse, resolve citations, build the sorted graph) against only reading the same files and',
    'parsing their front matter; synthetic corpora are the real corpus copied 10× and 100× with renamed ids.',
    '',
    ingestTable(ingest),
    '',
    '## Embedded store reads at scale',
    '',
    'A depth-2 neighbourhood of aia-18 and the shortest path from aia-18 to BW 6:185, on graphs that hold the corpus',
    'graph 1×, 10× and 100× (copies with renamed ids). Index-driven reads should not grow with the graph: ratios near 1.',
    '',
    storeTable(store),
    '',
  ].join('\n');
  await fs.writeFile(path.join(outDir, 'RESULTS.md'), md);
  process.stdout.write(md);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
