import matter from 'gray-matter';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../../src/domain/Problem';

/** Keys that could reach an object's prototype; a document that uses one is refused. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper front matter than this is no document we know; it is refused before it can hurt. */
const MAX_DEPTH = 32;
/** Alias expansions allowed when converting YAML to values (a billion-laughs file needs millions). */
const MAX_ALIAS_COUNT = 100;
/** Front-matter languages gray-matter would otherwise run or parse with engines we do not vet. */
const FOREIGN_ENGINES = ['javascript', 'js', 'json', 'coffee', 'coffeescript', 'cson', 'toml'];

/** A parsed front-matter header with the means to find the line of any value in it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line (1-based, in the file) on which the body starts. */
  bodyLine: number;
  /** Line (1-based, in the file) of the value at `path` in the header, or of the header when absent. */
  lineOf(path: readonly (string | number)[]): number;
}

export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

class RefusedError extends Error {
  constructor(readonly problem: Omit<Problem, 'path' | 'severity'>) {
    super(problem.message);
  }
}

const refuseEngine = (name: string) => () => {
  throw new RefusedError({ line: 1, code: 'FRONT_MATTER_LANGUAGE', message: `front matter in "${name}" is not accepted; only YAML is` });
};

/**
 * Splits a markdown document into its YAML front matter and body, safely (design.md §5): only YAML
 * (gray-matter's JavaScript and other engines are replaced by ones that refuse), parsed with the `yaml`
 * package's core schema, aliases capped, unsafe keys and non-mapping headers refused, nesting bounded.
 * A repeated key is accepted with the later value winning (as the Algoritmekader's site does) and
 * reported as a warning. Never throws for bad input; every failure is a problem naming the file.
 */
export function parseFrontMatter(input: string, path: string): FrontMatterResult {
  const error = (p: Omit<Problem, 'path' | 'severity'>): FrontMatterResult => ({
    ok: false,
    problems: [{ ...p, path, severity: 'error' }],
  });
  if (!matter.test(input)) {
    return error({ line: 1, code: 'NO_FRONT_MATTER', message: 'the document has no front matter (a --- header)' });
  }
  const language = matter.language(input).name;
  if (language !== '' && !['yaml', 'yml'].includes(language.toLowerCase())) {
    return error({ line: 1, code: 'FRONT_MATTER_LANGUAGE', message: `front matter in "${language}" is not accepted; only YAML is` });
  }

  let header: ParsedYaml | undefined;
  let file: matter.GrayMatterFile<string>;
  try {
    const engines: Record<string, (s: string) => object> = {
      yaml: (source) => {
        header = parseYaml(source);
        return {};
      },
    };
    for (const name of FOREIGN_ENGINES) engines[name] = refuseEngine(name);
    // Passing options also keeps gray-matter from caching every file it has seen.
    file = matter(input, { language: 'yaml', engines });
  } catch (e) {
    if (e instanceof RefusedError) return error(e.problem);
    if (e instanceof RangeError) return error({ line: 1, code: 'YAML_TOO_COMPLEX', message: 'the front matter is nested too deeply' });
    return error({ line: 1, code: 'YAML_SYNTAX', message: `the front matter cannot be parsed: ${(e as Error).message.split('\n')[0]}` });
  }
  if (!header) {
    return error({ line: 1, code: 'FRONT_MATTER_NOT_MAPPING', message: 'the front matter is empty' });
  }
  if ('problem' in header) return error(header.problem);

  const bodyOffset = input.endsWith(file.content) ? input.length - file.content.length : 0;
  const bodyLine = countLines(input.slice(0, bodyOffset)) + 1;
  const { doc, lineCounter, data } = header;
  const lineOf = (valuePath: readonly (string | number)[]): number => {
    const node = doc.getIn(valuePath, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    // gray-matter hands over the header from the end of the opening `---` line, so its lines are the file's.
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const warnings = header.duplicateKeyLines.map<Problem>((line) => ({
    path,
    line,
    code: 'DUPLICATE_KEY',
    severity: 'warning',
    message: 'a key is repeated in the front matter; the later value is used',
  }));
  return { ok: true, frontMatter: { data, body: file.content, bodyLine, lineOf }, warnings };
}

type ParsedYaml =
  | { doc: Document; lineCounter: LineCounter; data: Record<string, unknown>; duplicateKeyLines: number[] }
  | { problem: Omit<Problem, 'path' | 'severity'> };

/** Parses the header text (which starts at the end of the `---` line, so its line numbers are the file's). */
function parseYaml(source: string): ParsedYaml {
  let lineCounter = new LineCounter();
  let doc = parseDocument(source, { lineCounter, uniqueKeys: true, schema: 'core' });
  const duplicateKeyLines: number[] = [];
  if (doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
    duplicateKeyLines.push(...doc.errors.map((e) => e.linePos?.[0].line ?? 1));
    lineCounter = new LineCounter();
    doc = parseDocument(source, { lineCounter, uniqueKeys: false, schema: 'core' });
  }
  const [first] = doc.errors;
  if (first) {
    // The parser turns its own stack overflow on absurd nesting into an error; that is complexity, not syntax.
    if (/call stack/i.test(first.message)) {
      return { problem: { line: first.linePos?.[0].line ?? 1, code: 'YAML_TOO_COMPLEX', message: 'the front matter is nested too deeply' } };
    }
    return { problem: { line: first.linePos?.[0].line ?? 1, code: 'YAML_SYNTAX', message: `malformed YAML: ${first.message.split('\n')[0]}` } };
  }
  let unsafe: { key: string; line: number } | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown; range?: [number, number, number] } | null) ?? null;
      if (key && typeof key.value === 'string' && UNSAFE_KEYS.has(key.value)) {
        unsafe = { key: key.value, line: key.range ? lineCounter.linePos(key.range[0]).line : 1 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (unsafe) {
    return { problem: { line: unsafe.line, code: 'UNSAFE_KEY', message: `the key "${unsafe.key}" is not allowed` } };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { problem: { line: 1, code: 'YAML_TOO_COMPLEX', message: `the front matter expands too far: ${(e as Error).message.split('\n')[0]}` } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const shape = data === null ? 'empty' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return { problem: { line: 1, code: 'FRONT_MATTER_NOT_MAPPING', message: `the front matter is ${shape}, not a mapping of keys to values` } };
  }
  if (depthOf(data) > MAX_DEPTH) {
    return { problem: { line: 1, code: 'YAML_TOO_COMPLEX', message: `the front matter is nested deeper than ${MAX_DEPTH} levels` } };
  }
  return { doc, lineCounter, data: data as Record<string, unknown>, duplicateKeyLines };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child, depth + 1));
  return deepest;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
