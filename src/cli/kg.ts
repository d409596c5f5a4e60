#!/usr/bin/env node
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { runIngest } from '../../ingest/runIngest';
import { isKgError } from '../domain/errors';
import { formatSummary } from './formatSummary';
import { chooseStore, DEFAULT_SNAPSHOT, openStore } from './openStore';
import { progressBar } from './progressBar';
import { serve } from './serve';
import { serialiseGraph } from './serialiseGraph';

/** The `kg` command: ingest sources into a graph store, export the graph. */
export function buildProgram(): Command {
  const program = new Command('kg').description('Knowledge graph of law, Algoritmekader requirements and healthcare obligations.');
  const storeOption = () => new Option('--store <store>', 'memory (embedded, default) or neo4j (default when NEO4J_URI is set)');
  const snapshotOption = () => new Option('--snapshot <file>', 'snapshot file of the embedded store').default(DEFAULT_SNAPSHOT);

  program
    .command('ingest')
    .description('Read sources (files or folders) with the project dataset, build the graph and write it to the store.')
    .argument('[sources...]', 'files or folders to ingest besides the project dataset')
    .option('--no-defaults', 'leave out the project dataset (ingest/data)')
    .option('--report <file>', 'write the ingest report as JSON')
    .option('--out <file>', 'write the graph as JSON (sorted, byte-identical for the same input)')
    .option('--strict', 'exit non-zero, and write nothing to the store, when any problem is found')
    .option('--no-write', 'build and report only; leave the store as it is')
    .addOption(storeOption())
    .addOption(snapshotOption())
    .action(async (sources: string[], options: IngestCommandOptions) => {
      process.exitCode = await ingestCommand(sources, options);
    });

  program
    .command('export')
    .description('Print the graph the store holds (what the last ingest wrote).')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .addOption(storeOption())
    .addOption(snapshotOption())
    .action(async (options: { store?: string; snapshot: string }) => {
      const store = await openStore(chooseStore(options.store), { snapshot: options.snapshot });
      try {
        process.stdout.write(serialiseGraph(await store.exportGraph()));
      } finally {
        await store.close();
      }
    });
  program
    .command('serve')
    .description('Serve the GraphQL API (PORT, default 4000) from the store; an empty embedded store is filled from the project dataset.')
    .addOption(storeOption())
    .addOption(snapshotOption())
    .action(async (options: { store?: string; snapshot: string }) => {
      await serve(options);
    });
  return program;
}

interface IngestCommandOptions {
  defaults: boolean;
  report?: string;
  out?: string;
  strict?: boolean;
  write: boolean;
  store?: string;
  snapshot: string;
}

async function ingestCommand(sources: string[], options: IngestCommandOptions): Promise<number> {
  const choice = chooseStore(options.store);
  const bar = progressBar('ingest');
  const { batch, report } = await runIngest({ sources, includeDefaults: options.defaults, onProgress: bar.update }).finally(bar.stop);
  if (options.out) await writeFile(options.out, serialiseGraph(batch));
  if (options.report) await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${formatSummary(report)}\n`);

  if (options.strict && report.problems.length > 0) {
    process.stderr.write(`--strict: ${report.problems.length} problems; nothing was written to the store\n`);
    return 1;
  }
  if (options.write) {
    const store = await openStore(choice, { snapshot: options.snapshot });
    try {
      await store.replaceGraph(batch);
    } finally {
      await store.close();
    }
    process.stdout.write(`store:     written to ${choice === 'memory' ? path.resolve(options.snapshot) : 'neo4j'}\n`);
  }
  return 0;
}

async function writeFile(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, text);
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      const known = isKgError(error);
      process.stderr.write(`kg: ${known ? `${error.code}: ${error.message}` : (error as Error).stack ?? String(error)}\n`);
      process.exitCode = known && error.code !== 'BAD_INPUT' ? 3 : 2;
    });
}

