import type { FreeTextDocument } from '../freetext/FreeTextDocument';
import type { BuildContext } from './BuildContext';
import { linkResolution } from './linkTarget';

/** Adds a free-text document with a MENTIONS edge to every provision, instrument and ruling it cites. */
export function addFreeText(ctx: BuildContext, document: FreeTextDocument): void {
  const { path } = document.origin;
  ctx.graph.addNode({ id: document.id, kind: 'Document', label: document.label, props: { text: document.text, path }, origin: document.origin });
  for (const found of document.citations) {
    linkResolution(ctx, document.id, 'MENTIONS', found.resolution, found.text, { path, line: found.line });
  }
}
