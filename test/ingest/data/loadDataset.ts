import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** The project's own dataset folder. */
export const DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'ingest', 'data');

/** One file of the dataset: its path below `ingest/data`, its parsed front matter and any YAML errors. */
export interface DatasetFile {
  path: string;
  data: Record<string, unknown>;
  errors: string[];
}

/** A node of a `dataset: curated` file, as written (before the project's reader checks it). */
export interface RawCuratedNode {
  id: unknown;
  kind: unknown;
  label: unknown;
  props?: Record<string, unknown>;
  relations?: Record<string, unknown>;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(path.join(dir, entry.name)) : entry.name.endsWith('.md') ? [path.join(dir, entry.name)] : []))
    .sort();
}

/**
 * Reads every markdown file of the dataset and parses its front matter with the `yaml` package,
 * independently of the project's own reader, so a file the reader would misread still shows up here.
 */
export function loadDataset(): DatasetFile[] {
  return markdownFiles(DATA_DIR).map((file) => {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(DATA_DIR, file).split(path.sep).join('/');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!match) return { path: relative, data: {}, errors: ['no front matter'] };
    const document = parseDocument(match[1] as string, { uniqueKeys: true });
    const errors = [...document.errors, ...document.warnings].map((e) => e.message);
    const data = document.toJS() as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { path: relative, data: {}, errors: [...errors, 'front matter is not a mapping'] };
    return { path: relative, data: data as Record<string, unknown>, errors };
  });
}

/** Every node of the curated files, with the file it came from. */
export function curatedNodes(files: readonly DatasetFile[]): (RawCuratedNode & { file: string })[] {
  return files
    .filter((f) => f.data.dataset === 'curated')
    .flatMap((f) => ((f.data.nodes as RawCuratedNode[] | undefined) ?? []).map((node) => ({ ...node, file: f.path })));
}

/** The relation targets of a node as a flat list of [edge type, target]. */
export function relationsOf(node: RawCuratedNode): [string, unknown][] {
  return Object.entries(node.relations ?? {}).flatMap(([type, targets]) => (Array.isArray(targets) ? targets : [targets]).map((t): [string, unknown] => [type, t]));
}
