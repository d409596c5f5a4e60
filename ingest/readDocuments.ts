import type { Problem } from '../src/domain/Problem';
import { readAlgoritmekaderDocument } from './algoritmekader/readAlgoritmekaderDocument';
import { readCuratedFile } from './curated/readCuratedFile';
import type { SourceFile } from './discoverFiles';
import { readFreeText } from './freetext/readFreeText';
import type { ParsedSources } from './ParsedSources';
import { parseFrontMatter } from './read/parseFrontMatter';
import { readSourceFile } from './read/readSourceFile';

/** What reading the files gave: typed documents, problems, and which files were rejected. */
export interface ReadOutcome {
  parsed: ParsedSources;
  problems: Problem[];
  rejected: Set<string>;
}

/**
 * Reads and parses every file. A bad file is reported and skipped; it never stops the others.
 * Markdown (and `.txt` with a `---` header) goes through the safe front-matter parser; other text
 * is free text.
 */
export async function readDocuments(files: readonly SourceFile[], onFile?: (done: number) => void): Promise<ReadOutcome> {
  const parsed: ParsedSources = { akDocuments: [], curated: [], catalogs: [], freeTexts: [] };
  const problems: Problem[] = [];
  const rejected = new Set<string>();
  const reject = (path: string, found: Problem[]) => {
    problems.push(...found);
    rejected.add(path);
  };

  for (const [index, file] of files.entries()) {
    const path = file.display;
    const read = await readSourceFile(file.absolute, path);
    onFile?.(index + 1);
    if (!read.ok) {
      reject(path, [read.problem]);
      continue;
    }
    const isMarkdown = /\.(md|markdown)$/i.test(path) || read.text.startsWith('---');
    if (!isMarkdown) {
      parsed.freeTexts.push(readFreeText(read.text, path));
      continue;
    }
    const header = parseFrontMatter(read.text, path);
    if (!header.ok) {
      reject(path, header.problems);
      continue;
    }
    problems.push(...header.warnings);
    const fm = header.frontMatter;
    if (fm.data.dataset !== undefined) {
      const curated = readCuratedFile(fm, path);
      if (!curated.ok) reject(path, curated.problems);
      else {
        problems.push(...curated.warnings);
        if (curated.shape === 'curated') parsed.curated.push({ path, nodes: curated.nodes });
        else parsed.catalogs.push(curated.catalog);
      }
      continue;
    }
    const document = readAlgoritmekaderDocument(fm, path);
    if (!document.ok) reject(path, document.problems);
    else {
      problems.push(...document.warnings);
      parsed.akDocuments.push(document.document);
    }
  }
  return { parsed, problems, rejected };
}
