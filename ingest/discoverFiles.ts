import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Extensions ingest reads: markdown documents and plain text (a `.txt` with a `---` header is markdown). */
const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
/** Files in a folder that are pages or repository chrome, not documents. Named explicitly, they are read. */
const NOT_DOCUMENTS = new Set(['index.md', 'readme.md', 'license.md', 'changelog.md', 'contributing.md']);

/** A file to ingest: its absolute path and the path shown in reports (relative to the working directory). */
export interface SourceFile {
  absolute: string;
  display: string;
}

/**
 * Expands the given files and folders into the documents to read, sorted by display path so that
 * every run sees them in the same order. A missing source is an error for the caller to report.
 */
export async function discoverFiles(sources: readonly string[], cwd: string): Promise<{ files: SourceFile[]; missing: string[] }> {
  const found = new Map<string, SourceFile>();
  const missing: string[] = [];
  for (const source of sources) {
    const absolute = path.resolve(cwd, source);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) {
      missing.push(source);
    } else if (stat.isDirectory()) {
      for (const file of await walk(absolute)) found.set(file, toSourceFile(file, cwd));
    } else {
      found.set(absolute, toSourceFile(absolute, cwd));
    }
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !NOT_DOCUMENTS.has(entry.name.toLowerCase())) {
      files.push(full);
    }
  }
  return files;
}

function toSourceFile(absolute: string, cwd: string): SourceFile {
  return { absolute, display: path.relative(cwd, absolute).split(path.sep).join('/') };
}
