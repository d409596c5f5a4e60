import type { GraphStore } from '../store/GraphStore';
import { Loaders } from './Loaders';

/** What every resolver gets: the store (through the port only) and this request's loaders. */
export interface KgContext {
  store: GraphStore;
  loaders: Loaders;
}

/** A fresh context for one request, so that loader caches never outlive it. */
export function createKgContext(store: GraphStore): KgContext {
  return { store, loaders: new Loaders(store) };
}
