/**
 * Builds `ingest/data/statutes/eu-reg-2024-1689.md`, the AI Act's structure as a statute catalog,
 * from the reference JSON in `../shared/reference`. Only facts are carried over — numbers, titles,
 * chapters and sections, paragraph and point labels, and which article refers to which — never text.
 *
 * Run from the repository root after a build: `npm run build && node dist/scripts/buildAiActCatalog.js`.
 * `--check` writes nothing and exits 1 when the committed catalog differs from what the reference gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';

/** A node of an article's tree in the reference JSON (paragraph, subparagraph, point, subpoint, item). */
export interface ReferenceNode {
  kind?: string;
  label?: string;
  text?: string;
  children?: ReferenceNode[];
}

/** An article of the reference JSON. Article 3 carries its definitions instead of children. */
export interface ReferenceArticle {
  number: string;
  title: string;
  text?: string;
  children?: ReferenceNode[];
  definitions?: { term?: string; text?: string }[];
  /** Cross-references taken from the source markup; incomplete, so text references are added. */
  refersToArticles?: string[];
}

/** A chapter of the reference JSON: articles directly, or sections that hold them. */
export interface ReferenceChapter {
  number: string;
  title: string;
  articles?: string[];
  sections?: { number: string; title: string; articles: string[] }[];
}

/** The shape of `reference/ai-act-2024-1689.en.json`. */
export interface AiActReference {
  instrument?: Record<string, unknown>;
  chapters: ReferenceChapter[];
  articles: ReferenceArticle[];
}

/** The AI Act's id in the citation registry. */
export const AI_ACT_ID = 'eu:reg/2024/1689';
/** Recitals of Regulation (EU) 2024/1689 as published in the Official Journal; the reference JSON has none. */
const RECITALS = 180;
/** Annexes I–XIII of the Official Journal text; the reference JSON has none (checked against the text below). */
const ANNEXES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'];
const ARTICLE_COUNT = 113;
/**
 * Places the reference's chapter lists leave out. Article 94 (procedural rights of economic operators
 * of general-purpose AI models) closes Chapter IX, Section 5 in the Official Journal.
 */
const DIVISION_FIXES: Readonly<Record<string, string>> = { '94': 'cpt_IX/sct_5' };
/**
 * Article 3 has 68 numbered definitions in the Official Journal. The reference carries only a few of
 * them, unnumbered ('risk' is point 2, 'provider' point 3), so their positions cannot be used.
 */
const DEFINITIONS = 68;

// One article number with the paragraphs and points that may follow it: 6(1), 5(1)(h), 49(1).
const NUMBER = String.raw`\d{1,3}[a-z]?(?:\(\d{1,2}[a-z]?\))*(?:\([a-z]{1,4}\))*`;
// A later item in a list: another number, or a further paragraph of the same article ("(3) and (4)").
const ITEM = String.raw`(?:${NUMBER}|\(\d{1,2}[a-z]?\)(?:\([a-z]{1,4}\))*)`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+to\s+)`;
const MENTION = new RegExp(String.raw`\bArticles?\s+(${NUMBER}(?:${SEPARATOR}${ITEM})*)`, 'g');
// Qualifiers that may stand between a number and the act it belongs to: ", point (4)," ", first subparagraph,".
const QUALIFIER = String.raw`(?:\s*,?\s*(?:(?:first|second|third|fourth|fifth|sixth)\s+subparagraph|points?\s+\(?[0-9a-z]{1,4}\)?(?:\s*(?:,|and|or|to)\s*\(?[0-9a-z]{1,4}\)?)*|paragraphs?\s+\d{1,2}(?:\s*(?:,|and|or|to)\s*\d{1,2})*)\s*,?)*`;
/** After the mention: the act is another one (Regulation (EU) 2016/679, TFEU, that Directive, …). */
const OTHER_ACT = new RegExp(
  String.raw`^${QUALIFIER}\s*(?:of|in)\s+(?:(?:Council\s+|Commission\s+|Implementing\s+|Delegated\s+)?(?:Regulation|Directive|Decision)\b|the\s+Treaty|the\s+Charter|TFEU|TEU|that\s+(?:Regulation|Directive|Decision)|those\s+(?:Regulations|Directives|acts))|^${QUALIFIER}\s*(?:TFEU|TEU)\b`,
);
const THIS_ACT = new RegExp(String.raw`^${QUALIFIER}\s*of\s+this\s+Regulation`);

/** Article numbers a piece of the regulation's text mentions: its own (`internal`) and other acts' (`external`). */
export interface ArticleMentions {
  internal: string[];
  external: string[];
}

/**
 * The article numbers a piece of the regulation's text mentions: "Article 20", "Articles 53 and 55",
 * "Articles 8 to 15" (a range), "Article 5(1), first subparagraph, point (h)". Mentions of another
 * act's articles ("Article 4, point (4), of Regulation (EU) 2016/679", "Article 290 TFEU") are kept
 * apart as `external`. Numbers only, in text order, possibly repeated.
 */
export function articleMentions(text: string): ArticleMentions {
  const mentions: ArticleMentions = { internal: [], external: [] };
  for (const match of text.matchAll(MENTION)) {
    const end = (match.index ?? 0) + match[0].length;
    const after = text.slice(end, end + 120);
    const found = !THIS_ACT.test(after) && OTHER_ACT.test(after) ? mentions.external : mentions.internal;
    // Split into items, keeping the separator before each, to expand "8 to 15".
    const parts = (match[1] as string).split(new RegExp(`(${SEPARATOR})`));
    let previous: number | undefined;
    for (let i = 0; i < parts.length; i += 2) {
      const number = /^(\d{1,3})/.exec((parts[i] as string).trim())?.[1];
      if (!number) continue; // "(4)" continues the previous article
      const value = Number(number);
      const separator = i > 0 ? (parts[i - 1] as string) : '';
      if (/\bto\b/.test(separator) && previous !== undefined && value > previous && value - previous <= ARTICLE_COUNT) {
        for (let n = previous + 1; n <= value; n++) found.push(String(n));
      } else {
        found.push(number);
      }
      previous = value;
    }
  }
  return mentions;
}

/** Every piece of text in an article: its lead-in, all nested nodes, and Article 3's definitions. */
function textsOf(article: ReferenceArticle): string[] {
  const texts: string[] = [article.text ?? ''];
  const walk = (nodes: ReferenceNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      texts.push(node.text ?? '');
      walk(node.children);
    }
  };
  walk(article.children);
  for (const definition of article.definitions ?? []) texts.push(definition.text ?? '');
  return texts;
}

/** Point labels below a node, looking through unlabelled subparagraphs but not into subpoints. */
function pointsBelow(node: ReferenceNode): string[] {
  return (node.children ?? []).flatMap((child) => {
    if (child.kind === 'point' && child.label) return [child.label];
    // The reference nests Article 49(4)'s points (a)–(d) as "paragraphs" labelled 1–4: not a real
    // level of the act, and the labels are wrong, so they are left out rather than carried over.
    if (child.kind === 'paragraph' || child.kind === 'point' || child.kind === 'subpoint') return [];
    return pointsBelow(child);
  });
}

/** The reference lower-cases some abbreviations in titles ("Prohibited ai practices", "Eu database"). */
function title(text: string): string {
  return text.trim().replace(/\bai\b/g, 'AI').replace(/\bEu\b/g, 'EU');
}

const byNumber = (a: string, b: string): number => Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);

/** The catalog entry of one article: its place, its paragraphs and points, what it refers to. */
function articleEntry(article: ReferenceArticle, division: string | undefined, known: Set<string>): Record<string, unknown> {
  const entry: Record<string, unknown> = { number: article.number, title: title(article.title) };
  if (division) entry.division = division;
  const children = article.children ?? [];
  const paragraphs = children.filter((child) => child.kind === 'paragraph' && child.label);
  if (paragraphs.length > 0) entry.paragraphs = Object.fromEntries(paragraphs.map((p) => [p.label as string, pointsBelow(p)]));
  // Points hang directly under the article when it has no numbered paragraphs (Article 16(a)–(l)),
  // or sit in one of its unnumbered subparagraphs (Article 113(a)–(c)).
  const direct = children
    .filter((child) => !(child.kind === 'paragraph' && child.label))
    .flatMap((child) => (child.kind === 'point' && child.label ? [child.label] : pointsBelow(child)));
  // Article 3's definitions are its points (1)…(68).
  if (article.definitions) for (let n = 1; n <= DEFINITIONS; n++) direct.push(String(n));
  if (direct.length > 0) entry.points = direct;
  // The source markup misses list items and ranges ("Articles 53 and 55", "Articles 8 to 15"), and the
  // text lost some references to placeholders, so both count; a markup number the text shows only as
  // another act's article ("Article 14 of Regulation (EU) 2019/1020") is dropped. Amending articles
  // (102–110) name the articles of the acts they amend, so only their markup counts.
  const mentions = /^Amendments? to (?:Regulation|Directive)\b/i.test(article.title)
    ? { internal: [], external: [] }
    : textsOf(article).map(articleMentions).reduce<ArticleMentions>(
        (all, m) => ({ internal: [...all.internal, ...m.internal], external: [...all.external, ...m.external] }),
        { internal: [], external: [] },
      );
  const internal = new Set(mentions.internal);
  const onlyExternal = new Set(mentions.external.filter((n) => !internal.has(n)));
  const fromMarkup = (article.refersToArticles ?? []).filter((n) => !onlyExternal.has(n));
  const refersTo = [...new Set([...fromMarkup, ...internal])]
    .filter((n) => n !== article.number && known.has(n))
    .sort(byNumber);
  if (refersTo.length > 0) entry.refersTo = refersTo;
  return entry;
}

/**
 * The statute-catalog markdown for the AI Act, built from the reference structure. Pure and
 * deterministic: the same reference gives the same bytes.
 */
export function buildAiActCatalog(reference: AiActReference): string {
  const known = new Set(reference.articles.map((a) => a.number));
  const divisionOf = new Map<string, string>();
  const divisions: Record<string, string>[] = [];
  for (const chapter of reference.chapters) {
    const chapterPath = `cpt_${chapter.number}`;
    divisions.push({ path: chapterPath, level: 'chapter', number: chapter.number, title: title(chapter.title) });
    for (const number of chapter.articles ?? []) divisionOf.set(number, chapterPath);
    for (const section of chapter.sections ?? []) {
      const sectionPath = `${chapterPath}/sct_${section.number}`;
      divisions.push({ path: sectionPath, level: 'section', number: section.number, title: title(section.title) });
      // A section is more specific than its chapter, which may list the same articles.
      for (const number of section.articles) divisionOf.set(number, sectionPath);
    }
  }
  for (const [number, division] of Object.entries(DIVISION_FIXES)) if (!divisionOf.has(number)) divisionOf.set(number, division);
  const unplaced = reference.articles.filter((a) => !divisionOf.has(a.number)).map((a) => a.number);
  if (unplaced.length > 0) throw new Error(`the reference puts articles ${unplaced.join(', ')} in no chapter`);
  const articles = [...reference.articles]
    .sort((a, b) => byNumber(a.number, b.number))
    .map((article) => articleEntry(article, divisionOf.get(article.number), known));

  const header = { dataset: 'statute-catalog', instrument: AI_ACT_ID, divisions, articles, recitals: RECITALS, annexes: ANNEXES };
  const body = [
    'De opbouw van de AI-verordening (Verordening (EU) 2024/1689): hoofdstukken en afdelingen, artikelen met hun',
    'titel, leden en punten, en welke artikelen naar welke andere verwijzen. Gemaakt door',
    '`scripts/buildAiActCatalog.ts` uit de referentiestructuur; alleen nummers, titels en opbouw, geen wettekst.',
    'Niet met de hand bewerken: draai het script opnieuw.',
    '',
  ].join('\n');
  const document = new Document(header);
  // Lists of labels and numbers read best on one line: `points: [a, b, c]`, `refersTo: ["17", "20"]`.
  visit(document, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}

/** Annex numbers the articles' text mentions, to check the fixed annex list against the reference. */
export function annexesMentioned(reference: AiActReference): string[] {
  const found = new Set<string>();
  for (const article of reference.articles) {
    for (const text of textsOf(article)) for (const m of text.matchAll(/\bAnnex(?:es)?\s+([IVX]{1,5})\b/g)) found.add(m[1] as string);
  }
  return [...found];
}

/** The repository root: the nearest folder above this file with a package.json and ingest/data. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'ingest', 'data'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function main(argv: readonly string[]): number {
  const root = findRoot(__dirname);
  const source = path.resolve(root, '..', 'shared', 'reference', 'ai-act-2024-1689.en.json');
  const target = path.join(root, 'ingest', 'data', 'statutes', 'eu-reg-2024-1689.md');
  if (!existsSync(source)) {
    process.stderr.write(`the AI Act reference is missing: looked for ${source}\n`);
    return 2;
  }
  const reference = JSON.parse(readFileSync(source, 'utf8')) as AiActReference;
  const unknownAnnexes = annexesMentioned(reference).filter((annex) => !ANNEXES.includes(annex));
  if (unknownAnnexes.length > 0) {
    process.stderr.write(`the text mentions annexes the catalog lacks: ${unknownAnnexes.join(', ')}\n`);
    return 1;
  }
  const catalog = buildAiActCatalog(reference);
  const relative = path.relative(root, target);
  if (argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    process.stdout.write(current === catalog ? `${relative} is up to date\n` : `${relative} differs from the reference; run the script\n`);
    return current === catalog ? 0 : 1;
  }
  writeFileSync(target, catalog);
  process.stdout.write(`wrote ${reference.articles.length} articles and ${reference.chapters.length} chapters to ${relative}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
