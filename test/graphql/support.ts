import { graphql } from 'graphql';
import { runIngest } from '../../ingest/runIngest';
import { buildKgSchema } from '../../src/graphql/buildKgSchema';
import { createKgContext } from '../../src/graphql/KgContext';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { sharedPath } from '../support/sharedPath';

/** The embedded store filled by the real pipeline from the corpus, the healthcare article and the project dataset. */
export async function corpusStore(): Promise<MemoryGraphStore> {
  const store = new MemoryGraphStore();
  const { batch } = await runIngest({ sources: [sharedPath('corpus', 'algoritmekader'), sharedPath('seeds', '002_744ab01baf7af314.txt')] });
  await store.replaceGraph(batch);
  return store;
}

/** Runs a query against the schema; throws on errors unless `allowErrors`. */
export async function query<T = Record<string, unknown>>(store: GraphStore, source: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await graphql({ schema: await buildKgSchema(), source, variableValues: variables, contextValue: createKgContext(store) });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.data as T;
}
