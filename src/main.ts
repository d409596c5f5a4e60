import { runIngest } from '../ingest/runIngest';
import { formatSummary } from './cli/formatSummary';
import { chooseStore, DEFAULT_SNAPSHOT, openStore } from './cli/openStore';

/**
 * Composition root for `npm start`: opens the store (Neo4j when NEO4J_URI is set, else the
 * embedded store with its snapshot), and on a first run fills it from the project's own dataset.
 */
async function main(): Promise<void> {
  const choice = chooseStore(undefined);
  const store = await openStore(choice, { snapshot: process.env.KG_SNAPSHOT ?? DEFAULT_SNAPSHOT });
  try {
    let health = await store.health();
    if (!health.nodes) {
      process.stdout.write('The store is empty: ingesting the project dataset (ingest/data)…\n');
      const { batch, report } = await runIngest({ sources: [] });
      process.stdout.write(`${formatSummary(report)}\n`);
      await store.replaceGraph(batch);
      health = await store.health();
    }
    process.stdout.write(`Graph ready in the ${health.store} store: ${health.nodes ?? 0} nodes, ${health.edges ?? 0} edges.\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
