import { runIngest } from '../../ingest/runIngest';
import { loadConfig } from '../server/config';
import { createServer } from '../server/createServer';
import { listen } from '../server/listen';
import { formatSummary } from './formatSummary';
import { chooseStore, openStore } from './openStore';

/**
 * Opens the store (Neo4j when NEO4J_URI is set, the embedded store otherwise), fills an empty
 * embedded store from the project's own dataset, and serves the API on PORT.
 */
export async function serve(options: { store?: string; snapshot: string }): Promise<void> {
  const config = loadConfig();
  const choice = chooseStore(options.store);
  const store = await openStore(choice, { snapshot: options.snapshot });
  const health = await store.health();
  if (choice === 'memory' && !health.nodes) {
    process.stdout.write('The embedded store is empty: ingesting the project dataset (ingest/data)…\n');
    const { batch, report } = await runIngest({ sources: [] });
    process.stdout.write(`${formatSummary(report)}\n`);
    await store.replaceGraph(batch);
  }
  const server = await createServer({ store, config });
  await listen(server, store, config);
  const { nodes, edges } = await store.health();
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  process.stdout.write(`Serving ${nodes ?? 0} nodes and ${edges ?? 0} edges from the ${store.name} store.\n`);
  process.stdout.write(`GraphQL and playground: http://${shown}:${config.port}/graphql   health: /healthz   metrics: /metrics\n`);
}
