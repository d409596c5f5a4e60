import { describeProvision, provisionId } from '../../src/domain/citations/provisionIds';
import type { Props } from '../../src/domain/GraphNode';
import type { StatuteCatalog } from '../curated/CuratedData';
import type { BuildContext } from './BuildContext';

/**
 * Adds an instrument's structure: its divisions (chapters, sections, named groups), articles with
 * their paragraphs and points, recitals and annexes. Articles carry their chapter and section so
 * coverage can be counted per chapter; cross-references become REFERS_TO edges.
 */
export function addCatalog(ctx: BuildContext, catalog: StatuteCatalog): void {
  const { instrument, origin } = catalog;
  const path = origin.path;
  ctx.graph.ensureProvision(instrument, origin);

  const divisions = new Map(catalog.divisions.map((division) => [division.path, division]));
  for (const division of catalog.divisions) {
    const id = provisionId.division(instrument, division.path);
    const props: Props = { instrument, level: division.level };
    if (division.number) props.number = division.number;
    if (division.title) props.title = division.title;
    const name = division.level === 'chapter' ? 'Hoofdstuk' : division.level === 'section' ? 'Afdeling' : '';
    const label = [name, division.number].filter(Boolean).join(' ') + (division.title ? ` — ${division.title}` : '');
    define(ctx, id, label || division.path, props, { path, line: division.line });
  }

  for (const article of catalog.articles) {
    const at = { path, line: article.line };
    const id = provisionId.article(instrument, article.number);
    // `article` is how the article is cited (6:185 in the Civil Code), `number` its number within the book.
    const cited = describeProvision(id)?.article ?? article.number;
    const props: Props = { instrument, level: 'article', number: article.number, article: cited };
    if (article.title) props.title = article.title;
    const division = article.division ? divisions.get(article.division) : undefined;
    if (article.division && !division) {
      ctx.warn(path, article.line, 'UNKNOWN_REFERENCE', `article ${article.number} names an unknown division "${article.division}"`);
    }
    if (division) {
      // A section path is `cpt_III/sct_3`: its chapter is the first segment.
      const chapter = divisions.get(division.path.split('/')[0] as string);
      if (chapter?.number) props.chapter = chapter.number;
      if (division.level === 'section' && division.number) props.section = division.number;
      if (division.level === 'group' && division.title) props.group = division.title;
    }
    define(ctx, id, describeProvision(id)?.label ?? `Artikel ${article.number}`, props, at);
    if (division) ctx.graph.addEdge(id, 'GROUPED_IN', provisionId.division(instrument, division.path), at);

    for (const point of article.points) define(ctx, provisionId.point(id, point), undefined, { instrument, level: 'point', article: cited, point }, at);
    for (const paragraph of article.paragraphs) {
      const paragraphId = provisionId.paragraph(id, paragraph.label);
      define(ctx, paragraphId, undefined, { instrument, level: 'paragraph', article: cited, paragraph: paragraph.label }, at);
      for (const point of paragraph.points) {
        define(ctx, provisionId.point(paragraphId, point), undefined, { instrument, level: 'point', article: cited, paragraph: paragraph.label, point }, at);
      }
    }
    for (const target of article.refersTo) {
      const targetId = provisionId.article(instrument, target);
      if (ctx.graph.ensureProvision(targetId, at)) ctx.graph.addEdge(id, 'REFERS_TO', targetId, at);
    }
  }

  for (let n = 1; n <= catalog.recitals; n++) {
    define(ctx, provisionId.recital(instrument, String(n)), undefined, { instrument, level: 'recital', number: String(n) }, origin);
  }
  for (const annex of catalog.annexes) {
    define(ctx, provisionId.annex(instrument, annex.value), undefined, { instrument, level: 'annex', number: annex.value }, { path, line: annex.line });
  }
}

/** Adds a catalogued provision (defined here, so with an origin) and links it up its id chain. */
function define(ctx: BuildContext, id: string, label: string | undefined, props: Props, at: { path: string; line: number }): void {
  const described = describeProvision(id);
  const fullProps: Props = { ...props };
  if (described?.uri && fullProps.uri === undefined) fullProps.uri = described.uri;
  ctx.graph.addNode({ id, kind: 'Provision', label: label ?? described?.label ?? id, props: fullProps, origin: at });
  ctx.graph.ensureProvision(id, at);
}
