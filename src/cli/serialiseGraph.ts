import type { GraphBatch } from '../domain/GraphBatch';

/** The graph as JSON text. The batch is sorted by id, so the same graph always gives the same bytes. */
export function serialiseGraph(batch: GraphBatch): string {
  return `${JSON.stringify(batch, null, 1)}\n`;
}
