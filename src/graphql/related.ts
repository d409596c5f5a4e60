import type { EdgeType } from '../domain/edgeTypes';
import type { KgContext } from './KgContext';
import type { NodeInterface } from './node.interface';
import { toGqlNode } from './toGqlNode';

/** The nodes related to `root` over edges of some types, as GraphQL objects, batched through the loaders. */
export async function related<T extends NodeInterface = NodeInterface>(ctx: KgContext, root: NodeInterface, direction: 'out' | 'in', types: EdgeType[]): Promise<T[]> {
  const nodes = await ctx.loaders.neighbours(root.id, direction, types);
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((n) => toGqlNode<T>(n));
}

/** A text property of the root's node, or null. */
export function textProp(root: NodeInterface, key: string): string | null {
  const value = root.source.props[key];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value);
}
