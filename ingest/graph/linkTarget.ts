import { resolveCitation, type CitationResolution } from '../../src/domain/citations/resolveCitation';
import type { EdgeType } from '../../src/domain/edgeTypes';
import type { Props } from '../../src/domain/GraphNode';
import type { Provenance } from '../../src/domain/Provenance';
import type { BuildContext } from './BuildContext';

/** Ids are recognised by their scheme; anything else is a citation text for the resolver. */
const ID_SCHEME = /^(eu|nl|ecli|urn|kg|role|actor|ak|source|doc):/;

/** True when a curated target is a canonical id rather than a citation. */
export function isCanonicalId(target: string): boolean {
  return ID_SCHEME.test(target);
}

/**
 * Adds edges from `source` to what `target` names: a canonical id as is, a citation through the
 * resolver (one edge per provision, parents made reachable). Unresolvable citations are counted and
 * reported; nothing is silently dropped.
 */
export function linkTarget(ctx: BuildContext, source: string, type: EdgeType, target: string, at: Provenance, props: Props = {}): void {
  if (isCanonicalId(target)) {
    // Provision ids bring their parents; other ids must be defined by some document (checked at the end).
    if (/^(eu|nl):/.test(target)) ctx.graph.ensureProvision(target, at);
    ctx.graph.addEdge(source, type, target, at, props);
    return;
  }
  linkCitation(ctx, source, type, target, at, {}, props);
}

/** Resolves a citation and links `source` to each thing it names. */
export function linkCitation(
  ctx: BuildContext,
  source: string,
  type: EdgeType,
  text: string,
  at: Provenance,
  options: { url?: string; contextInstrument?: string } = {},
  props: Props = {},
): CitationResolution['status'] {
  const resolution = resolveCitation(text, options);
  linkResolution(ctx, source, type, resolution, text, at, props);
  return resolution.status;
}

/**
 * Links `source` to what a resolved citation names (one edge per provision, parents made reachable),
 * counts it, and reports it when it could not be resolved: nothing is silently dropped.
 */
export function linkResolution(
  ctx: BuildContext,
  source: string,
  type: EdgeType,
  resolution: CitationResolution,
  text: string,
  at: Provenance,
  props: Props = {},
): void {
  ctx.citations.count(resolution, { ...at, text });
  const edgeProps = { ...props, citation: text };
  switch (resolution.status) {
    case 'provisions':
      for (const id of resolution.ids) {
        if (ctx.graph.ensureProvision(id, at)) ctx.graph.addEdge(source, type, id, at, edgeProps);
      }
      return;
    case 'instrument':
      if (ctx.graph.ensureProvision(resolution.instrument, at)) ctx.graph.addEdge(source, type, resolution.instrument, at, edgeProps);
      return;
    case 'ruling': {
      const ecli = resolution.id.replace(/^ecli:/, 'ECLI:');
      ctx.graph.addNode({ id: resolution.id, kind: 'Ruling', label: ecli, props: { ecli } });
      ctx.graph.addEdge(source, type, resolution.id, at, edgeProps);
      return;
    }
    case 'not-legal':
      return;
    case 'unresolved':
      ctx.warn(at.path, at.line, 'UNRESOLVED_CITATION', `cannot resolve the citation "${text}": ${resolution.reason}`);
      return;
  }
}
