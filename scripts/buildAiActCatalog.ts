/**
 * Writes `ingest/data/statutes/eu-reg-2024-1689.md`, the AI Act's structure as a statute catalog,
 * from the reference JSON in `../shared/reference`. Only facts are carried over: numbers, titles,
 * chapters and sections, paragraph and point labels, and which article refers to which — no text.
 * Run after `npm run build`: `node dist/scripts/buildAiActCatalog.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

interface RefNode { kind?: string; label?: string; children?: RefNode[] }
interface RefArticle { number: string; title: string; children?: RefNode[]; refersToArticles?: string[]; definitions?: unknown[] }
interface RefChapter { number: string; title: string; articles?: string[]; sections?: { number: string; title: string; articles: string[] }[] }
interface Reference { chapters: RefChapter[]; articles: RefArticle[] }

const root = path.resolve(__dirname, '..', '..');
const source = path.resolve(root, '..', 'shared', 'reference', 'ai-act-2024-1689.en.json');
const target = path.join(root, 'ingest', 'data', 'statutes', 'eu-reg-2024-1689.md');

/** Point labels anywhere below a node (points sit directly under it or inside a subparagraph). */
function pointsBelow(node: RefNode): string[] {
  return (node.children ?? []).flatMap((child) => (child.kind === 'point' && child.label ? [child.label] : child.kind === 'paragraph' ? [] : pointsBelow(child)));
}

function main(): void {
  const reference = JSON.parse(readFileSync(source, 'utf8')) as Reference;
  const divisionOf = new Map<string, string>();
  const divisions: Record<string, string>[] = [];
  for (const chapter of reference.chapters) {
    divisions.push({ path: `cpt_${chapter.number}`, level: 'chapter', number: chapter.number, title: chapter.title });
    for (const article of chapter.articles ?? []) divisionOf.set(article, `cpt_${chapter.number}`);
    for (const section of chapter.sections ?? []) {
      const sectionPath = `cpt_${chapter.number}/sct_${section.number}`;
      divisions.push({ path: sectionPath, level: 'section', number: section.number, title: section.title });
      for (const article of section.articles) divisionOf.set(article, sectionPath);
    }
  }
  const articles = reference.articles.map((article) => {
    const entry: Record<string, unknown> = { number: article.number, title: article.title, division: divisionOf.get(article.number) };
    const children = article.children ?? [];
    const paragraphs = children.filter((c) => c.kind === 'paragraph' && c.label);
    if (paragraphs.length > 0) entry.paragraphs = Object.fromEntries(paragraphs.map((p) => [p.label as string, pointsBelow(p)]));
    // Points directly under the article, or under its one unnumbered paragraph (Article 5(1) has a number; Article 16 has none).
    const direct = children.filter((c) => !(c.kind === 'paragraph' && c.label)).flatMap((c) => (c.kind === 'point' && c.label ? [c.label] : pointsBelow(c)));
    if (article.definitions) direct.push(...article.definitions.map((_, i) => String(i + 1)));
    if (direct.length > 0) entry.points = direct;
    const refers = [...new Set(article.refersToArticles ?? [])].filter((n) => n !== article.number);
    if (refers.length > 0) entry.refersTo = refers.sort((a, b) => Number(a) - Number(b));
    return entry;
  });
  const header = {
    dataset: 'statute-catalog',
    instrument: 'eu:reg/2024/1689',
    divisions,
    articles,
    recitals: 180,
    annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'],
  };
  const body = [
    'De structuur van de AI-verordening (Verordening (EU) 2024/1689): hoofdstukken, afdelingen, artikelen met hun titel,',
    'leden en punten, en de verwijzingen tussen artikelen. Gegenereerd door `scripts/buildAiActCatalog.ts` uit de',
    'referentiestructuur; alleen nummers, titels en structuur, geen wettekst.',
    '',
  ].join('\n');
  writeFileSync(target, `---\n${stringify(header, { lineWidth: 0 })}---\n\n${body}`);
  process.stdout.write(`wrote ${articles.length} articles and ${divisions.length} divisions to ${path.relative(root, target)}\n`);
}

main();
