import type { GraphStore } from '../store/GraphStore';

/** Counts calls per store method: for the metrics endpoint, and for tests that bound a request's store calls. */
export interface StoreCallCounter {
  count(method: string): void;
}

const METHODS = ['getNodes', 'getEdges', 'findNodes', 'neighbourhood', 'shortestPath', 'search', 'counts', 'facetCounts', 'exportGraph', 'health'] as const;

/** A GraphStore that reports every read to `counter` and otherwise behaves exactly like `store`. */
export function instrumentStore(store: GraphStore, counter: StoreCallCounter): GraphStore {
  const wrapped = Object.create(store) as GraphStore;
  for (const method of METHODS) {
    const original = store[method].bind(store) as (...args: unknown[]) => unknown;
    Object.defineProperty(wrapped, method, {
      value: (...args: unknown[]) => {
        counter.count(method);
        return original(...args);
      },
    });
  }
  return wrapped;
}
