import path from 'node:path';
import { KgError } from '../domain/errors';
import type { GraphStore } from '../store/GraphStore';
import { MemoryGraphStore } from '../store/memory/MemoryGraphStore';
import { Neo4jGraphStore } from '../store/neo4j/Neo4jGraphStore';

/** Which store to use: Neo4j when asked for or when `NEO4J_URI` is set, the embedded store otherwise. */
export type StoreChoice = 'memory' | 'neo4j';

/** The embedded store's snapshot when none is given: `data/graph.json` under the working directory. */
export const DEFAULT_SNAPSHOT = path.join('data', 'graph.json');

/** Picks the store from an explicit choice or the environment. */
export function chooseStore(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreChoice {
  const choice = explicit ?? (env.NEO4J_URI ? 'neo4j' : 'memory');
  if (choice !== 'memory' && choice !== 'neo4j') throw new KgError('BAD_INPUT', `unknown store "${choice}"; use memory or neo4j`);
  return choice;
}

/** The composition root's one place that names concrete stores. The store is initialised. */
export async function openStore(choice: StoreChoice, options: { snapshot?: string } = {}): Promise<GraphStore> {
  const store: GraphStore =
    choice === 'neo4j' ? Neo4jGraphStore.fromEnv() : new MemoryGraphStore({ snapshotPath: path.resolve(options.snapshot ?? DEFAULT_SNAPSHOT) });
  await store.init();
  return store;
}
