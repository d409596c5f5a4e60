import type { CuratedNode } from '../curated/CuratedData';
import type { BuildContext } from './BuildContext';
import { linkTarget } from './linkTarget';

/** Adds hand-written nodes and their relations (ids as they are, citations through the resolver). */
export function addCuratedNodes(ctx: BuildContext, nodes: readonly CuratedNode[]): void {
  for (const node of nodes) {
    ctx.graph.addNode({ id: node.id, kind: node.kind, label: node.label, props: node.props, origin: node.origin });
  }
  for (const node of nodes) {
    for (const relation of node.relations) {
      linkTarget(ctx, node.id, relation.type, relation.target.value, { path: node.origin.path, line: relation.target.line });
    }
  }
}
