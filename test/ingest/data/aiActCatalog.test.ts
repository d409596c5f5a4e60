import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleMentions, buildAiActCatalog, type AiActReference, type ReferenceArticle } from '../../../scripts/buildAiActCatalog';
import { sharedPath } from '../../support/sharedPath';
import { DATA_DIR, loadDataset } from './loadDataset';

interface CatalogArticle {
  number: string;
  title: string;
  division?: string;
  points?: string[];
  paragraphs?: Record<string, string[]>;
  refersTo?: string[];
}
interface CatalogDivision {
  path: string;
  level: string;
  number: string;
  title: string;
}

const CATALOG_FILE = 'statutes/eu-reg-2024-1689.md';

describe('the AI Act catalog (ingest/data/statutes/eu-reg-2024-1689.md)', () => {
  // Read at collection time: a missing ../shared fails the suite with the path it looked at.
  const reference = JSON.parse(readFileSync(sharedPath('reference', 'ai-act-2024-1689.en.json'), 'utf8')) as AiActReference;
  const catalogFile = loadDataset().find((f) => f.path === CATALOG_FILE);
  if (!catalogFile) throw new Error(`the AI Act catalog is missing: looked for ${path.join(DATA_DIR, CATALOG_FILE)}`);
  const catalog = catalogFile.data as { instrument: string; divisions: CatalogDivision[]; articles: CatalogArticle[]; recitals: number; annexes: string[] };
  const article = (number: string): CatalogArticle => {
    const found = catalog.articles.find((a) => a.number === number);
    if (!found) throw new Error(`article ${number} is not in the catalog`);
    return found;
  };
  const referenceArticle = (number: string): ReferenceArticle => reference.articles.find((a) => a.number === number) as ReferenceArticle;

  it('is a statute catalog of eu:reg/2024/1689 whose YAML parses cleanly', () => {
    expect(catalogFile.errors).toEqual([]);
    expect(catalogFile.data).toMatchObject({ dataset: 'statute-catalog', instrument: 'eu:reg/2024/1689' });
  });

  it('lists all 113 articles of the reference, numbered 1 to 113 in order, with their titles', () => {
    expect(catalog.articles).toHaveLength(113);
    expect(catalog.articles.map((a) => a.number)).toEqual(Array.from({ length: 113 }, (_, i) => String(i + 1)));
    for (const entry of catalog.articles) {
      expect(entry.title.toLowerCase()).toBe(referenceArticle(entry.number).title.trim().toLowerCase());
    }
  });

  it('has the 13 chapters of the reference, I to XIII, and chapter III has 5 sections', () => {
    const chapters = catalog.divisions.filter((d) => d.level === 'chapter');
    expect(chapters.map((c) => c.number)).toEqual(reference.chapters.map((c) => c.number));
    expect(chapters).toHaveLength(13);
    const sectionsOfIII = catalog.divisions.filter((d) => d.level === 'section' && d.path.startsWith('cpt_III/'));
    expect(sectionsOfIII.map((s) => s.path)).toEqual(['cpt_III/sct_1', 'cpt_III/sct_2', 'cpt_III/sct_3', 'cpt_III/sct_4', 'cpt_III/sct_5']);
    expect(sectionsOfIII[2]?.title).toBe('Obligations of providers and deployers of high-risk AI systems and other parties');
  });

  it('puts every article in the chapter, or the section, that the reference gives it (and Article 94, which it leaves out, in IX section 5)', () => {
    const expected = new Map<string, string>();
    for (const chapter of reference.chapters) {
      for (const n of chapter.articles ?? []) expected.set(n, `cpt_${chapter.number}`);
      for (const section of chapter.sections ?? []) for (const n of section.articles) expected.set(n, `cpt_${chapter.number}/sct_${section.number}`);
    }
    // The reference's lists skip Article 94; in the Official Journal it closes Chapter IX, Section 5.
    expect(expected.has('94')).toBe(false);
    expected.set('94', 'cpt_IX/sct_5');
    expect(expected.size).toBe(113);
    for (const entry of catalog.articles) expect([entry.number, entry.division]).toEqual([entry.number, expected.get(entry.number)]);
    expect(article('16').division).toBe('cpt_III/sct_3');
    expect(article('4').division).toBe('cpt_I');
    const divisionPaths = new Set(catalog.divisions.map((d) => d.path));
    for (const entry of catalog.articles) expect(divisionPaths.has(entry.division as string)).toBe(true);
  });

  it('gives Article 16 the points a to l directly under it', () => {
    expect(article('16').points).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(article('16').paragraphs).toBeUndefined();
  });

  it('gives Article 55(1) the points a to d, and paragraphs 2 and 3 none', () => {
    expect(article('55').paragraphs).toEqual({ '1': ['a', 'b', 'c', 'd'], '2': [], '3': [] });
  });

  it('finds points inside unnumbered subparagraphs: Article 5(1)(a)–(h) and Article 113(a)–(c)', () => {
    expect(article('5').paragraphs?.['1']).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(article('113').points).toEqual(['a', 'b', 'c']);
  });

  it('gives Article 3 its definitions as points 1 to 68', () => {
    expect(article('3').points).toEqual(Array.from({ length: 68 }, (_, i) => String(i + 1)));
  });

  it('has, for every article, exactly the numbered paragraphs of the reference', () => {
    for (const ref of reference.articles) {
      const labels = (ref.children ?? []).filter((c) => c.kind === 'paragraph' && c.label).map((c) => c.label);
      expect([ref.number, Object.keys(article(ref.number).paragraphs ?? {})]).toEqual([ref.number, labels]);
    }
  });

  it('records that Article 16 refers to Article 20 (its point j) and to the other articles its points name', () => {
    expect(article('16').refersTo).toEqual(['17', '18', '19', '20', '43', '47', '48', '49']);
  });

  it('expands lists and ranges of articles: 56 → 53 and 55, 96 → 8 to 15, 2 → 102 to 109', () => {
    expect(article('56').refersTo).toEqual(expect.arrayContaining(['53', '55']));
    expect(article('96').refersTo).toEqual(expect.arrayContaining(['8', '9', '10', '11', '12', '13', '14', '15']));
    expect(article('2').refersTo).toEqual(expect.arrayContaining(['102', '103', '104', '105', '106', '107', '108', '109']));
  });

  it('leaves out articles of other acts (GDPR, Regulation 2019/1020, Regulation 1025/2012) and of the acts that 102–110 amend', () => {
    expect(article('3').refersTo ?? []).not.toContain('4');
    expect(article('74').refersTo ?? []).not.toContain('14');
    expect(article('40').refersTo ?? []).not.toContain('7');
    expect(article('108').refersTo).toBeUndefined();
  });

  it('refers only to articles that exist, never to the article itself, in numeric order', () => {
    for (const entry of catalog.articles) {
      const refs = (entry.refersTo ?? []).map(Number);
      expect(refs.every((n) => n >= 1 && n <= 113 && String(n) !== entry.number)).toBe(true);
      expect(refs).toEqual([...refs].sort((a, b) => a - b));
      expect(new Set(refs).size).toBe(refs.length);
    }
  });

  it('counts 180 recitals and the annexes I to XIII', () => {
    expect(catalog.recitals).toBe(180);
    expect(catalog.annexes).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']);
  });

  it('is byte for byte what the script builds from the reference, so it has no hand edits and no drift', () => {
    const built = buildAiActCatalog(reference);
    expect(readFileSync(path.join(DATA_DIR, CATALOG_FILE), 'utf8')).toBe(built);
    expect(buildAiActCatalog(JSON.parse(JSON.stringify(reference)) as AiActReference)).toBe(built);
  });

  it('carries no sentence of the reference text, only numbers, labels and titles', () => {
    const text = readFileSync(path.join(DATA_DIR, CATALOG_FILE), 'utf8');
    expect(text).not.toContain(referenceArticle('16').children?.[9]?.text as string);
    expect(text).not.toMatch(/\bshall\b/);
  });
});

describe('articleMentions', () => {
  it('finds "Article 20" in point (j) of Article 16', () => {
    expect(articleMentions('take the necessary corrective actions and provide information as required in Article 20;')).toEqual({ internal: ['20'], external: [] });
  });

  it('reads lists and ranges: "Articles 53 and 55", "Articles 8 to 15"', () => {
    expect(articleMentions('the obligations provided for in Articles 53 and 55').internal).toEqual(['53', '55']);
    expect(articleMentions('set out in Articles 8 to 15').internal).toEqual(['8', '9', '10', '11', '12', '13', '14', '15']);
  });

  it('reads paragraphs and points after a number: "Article 5(1), first subparagraph, point (h)"', () => {
    expect(articleMentions('referred to in Article 5(1), first subparagraph, point (h), of this Regulation').internal).toEqual(['5']);
  });

  it('keeps another act\'s articles apart: "Article 4, point (4), of Regulation (EU) 2016/679"', () => {
    expect(articleMentions('as defined in Article 4, point (4), of Regulation (EU) 2016/679')).toEqual({ internal: [], external: ['4'] });
    expect(articleMentions('in accordance with Articles 5, 6, and 7 of Regulation (EU) No 1025/2012')).toEqual({ internal: [], external: ['5', '6', '7'] });
    expect(articleMentions('pursuant to Article 290 TFEU').external).toEqual(['290']);
  });

  it('treats "of this Regulation" as this act', () => {
    expect(articleMentions('The procedures referred to in Articles 79 to 83 of this Regulation').internal).toEqual(['79', '80', '81', '82', '83']);
  });
});
