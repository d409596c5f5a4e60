import { posix } from 'node:path';
import { ids } from '../../src/domain/ids';
import type { Props } from '../../src/domain/GraphNode';
import type { AkDocument } from '../algoritmekader/AkDocument';
import type { BuildContext } from './BuildContext';
import { linkCitation } from './linkTarget';

/** The body section whose links are the document's sources. */
const SOURCES_SECTION = /^bronnen\b/i;
/** The folders of the Algoritmekader that hold documents; other folders hold pages of its website. */
const DOCUMENT_FOLDERS = new Set(['vereisten', 'maatregelen', 'hulpmiddelen']);

/**
 * Adds an Algoritmekader document: its node, its tags as edges to taxonomy and role nodes, its links
 * to requirements and measures, the citations in its Bronnen section (provisions, instruments,
 * rulings, or Source nodes for non-legal sources) and the links in its body to other documents.
 * Call after every document's stem is registered in `ctx.documentsByStem`.
 */
export function addAkDocument(ctx: BuildContext, doc: AkDocument): void {
  const { path } = doc.origin;
  const props: Props = { fileStem: doc.fileStem, code: codeOf(doc), text: doc.text, path, ...doc.props };
  if (doc.summary) props.summary = doc.summary;
  ctx.graph.addNode({ id: doc.id, kind: doc.kind, label: doc.title, props, origin: doc.origin });

  for (const { key, values } of doc.tags) {
    for (const { value, line } of values) {
      const target = key.group === 'role' ? ids.role(value) : ids.taxonomy(key.group, value);
      const tagProps: Props = key.group === 'role' ? { key: value } : { group: key.group, value };
      ctx.graph.addNode({ id: target, kind: key.targetKind, label: value, props: tagProps });
      ctx.graph.addEdge(doc.id, key.edgeType, target, { path, line });
    }
  }

  for (const { to, stem } of doc.links) {
    const target = ctx.documentsByStem.get(stem.value);
    if (!target) {
      ctx.warn(path, stem.line, 'UNKNOWN_REFERENCE', `no ${to === 'requirements' ? 'requirement' : 'measure'} is called "${stem.value}"`, to === 'requirements' ? 'vereiste' : 'maatregel');
      continue;
    }
    const type = doc.kind === 'Measure' ? 'IMPLEMENTS' : 'SUPPORTS';
    ctx.graph.addEdge(doc.id, type, target, { path, line: stem.line });
  }

  for (const link of doc.bodyLinks) {
    const at = { path, line: link.line };
    const stem = localMarkdownStem(link.url);
    if (stem !== undefined) {
      const linked = ctx.documentsByStem.get(stem);
      if (linked && linked !== doc.id) ctx.graph.addEdge(doc.id, 'LINKS_TO', linked, at);
      // Index pages and the site's other pages (topics, lifecycle, …) are not documents.
      else if (!linked && stem !== 'index' && pointsAtDocumentFolder(link.url)) ctx.warn(path, link.line, 'UNKNOWN_REFERENCE', `the link to "${link.url}" names no known document`);
      continue;
    }
    if (!SOURCES_SECTION.test(link.section) || link.text === '') continue;
    const outcome = linkCitation(ctx, doc.id, 'CITES', link.text, at, { url: link.url });
    if (outcome === 'not-legal' && /^https?:\/\//i.test(link.url)) {
      const source = ids.source(link.url);
      ctx.graph.addNode({ id: source, kind: 'Source', label: link.text, props: { url: link.url } });
      ctx.graph.addEdge(doc.id, 'CITES', source, at);
    }
  }
}

/** The file stem of a relative link to a markdown file, or `undefined` for any other link. */
function localMarkdownStem(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !/\.md(#.*)?$/i.test(url)) return undefined;
  return posix.basename(url.replace(/#.*$/, '')).replace(/\.md$/i, '');
}

/** Whether a relative link points into a folder of Algoritmekader documents (or beside the linking one). */
function pointsAtDocumentFolder(url: string): boolean {
  const folder = posix.basename(posix.dirname(url.replace(/#.*$/, '')));
  return folder === '.' || folder === '' || DOCUMENT_FOLDERS.has(folder);
}

/** The short code of a document: `aia-18` from `urn:nl:ak:ver:aia-18`, the file stem for tools. */
function codeOf(doc: AkDocument): string {
  return doc.id.slice(doc.id.lastIndexOf(':') + 1);
}
