import matter from 'gray-matter';
import { LineCounter, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../../src/domain/Problem';

/** Keys that could reach an object's prototype; a document that uses one is refused. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper front matter than this is no document we know; it is refused before it can hurt. */
const MAX_DEPTH = 32;
/** Alias expansions allowed when converting YAML to values (a billion-laughs file needs millions). */
const MAX_ALIAS_COUNT = 100;
/**
 * Longest header accepted: over four times the largest in our own dataset (the AI Act catalog, 27 kB).
 * The YAML parser's time and memory grow with the header (2 MB of `[` took 17 s, 2 MB of `[[…]]` ran the
 * process out of memory, 250 kB of repeated anchors took 2 s: found by the fuzzer), so a larger one is
 * refused before it is parsed.
 */
const MAX_HEADER_CHARS = 128 * 1024;
/**
 * Most blank lines in a row a header may hold. gray-matter strips comment lines with `/^\s*#[^\n]+/gm`
 * before anything else, which backtracks over every blank line that follows each one: 40,000 blank
 * lines took 2.6 s, and the time grows with the square of the run (found by the fuzzer).
 */
const MAX_BLANK_RUN = 100;
/**
 * Most nesting a header may appear to have before it is parsed (see `nestingBound`). The parser recurses
 * per level; near a stack overflow V8 can abort the whole process while compiling a regular expression
 * (`- ` repeated 20,000 times, 40 kB, killed a fresh process: found by the fuzzer). Real headers reach 12.
 */
const MAX_NESTING_BOUND = 256;
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

  const refused = headerRefusal(input);
  if (refused) return error({ line: 1, code: 'YAML_TOO_COMPLEX', message: refused });

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
  const lineCounter = new LineCounter();
  // `uniqueKeys` is checked below rather than by the parser, whose check compares every key with every
  // other (20,000 keys took 3.5 s); `prettyErrors` copies the error's whole line into each of possibly
  // thousands of errors (20,000 repeated anchors on one line took 2 s). Both found by the fuzzer.
  // `logLevel` keeps the parser's warnings (keys that are collections) off the process's stderr.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, logLevel: 'error', schema: 'core' });
  const [first] = doc.errors;
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    // The parser turns its own stack overflow on absurd nesting into an error; that is complexity, not syntax.
    if (/call stack/i.test(first.message)) {
      return { problem: { line, code: 'YAML_TOO_COMPLEX', message: 'the front matter is nested too deeply' } };
    }
    return { problem: { line, code: 'YAML_SYNTAX', message: `malformed YAML: ${first.message.split('\n')[0]}` } };
  }
  const duplicateKeyLines: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) duplicateKeyLines.push(key.range ? lineCounter.linePos(key.range[0]).line : 1);
        seen.add(key.value);
      }
    },
  });
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

/**
 * Why the header (from the opening `---` to the next line starting with `---`, or to the end, as
 * gray-matter reads it) must not reach gray-matter and the YAML parser, if it must not: it is too
 * long, has too long a run of blank lines, or may nest too deeply.
 */
function headerRefusal(input: string): string | undefined {
  const end = input.indexOf('\n---', 3);
  const header = end === -1 ? input : input.slice(0, end);
  if (header.length > MAX_HEADER_CHARS) return `the front matter is longer than ${MAX_HEADER_CHARS / 1024} kB`;
  // Every line terminator starts a line for `^` in gray-matter's pattern, CR and U+2028 included.
  let run = 0;
  for (const char of header) {
    if (/[\n\r\u2028\u2029]/.test(char)) {
      if (++run > MAX_BLANK_RUN) return `the front matter has more than ${MAX_BLANK_RUN} blank lines in a row`;
    } else if (!/\s/.test(char)) run = 0;
  }
  if (nestingBound(header) > MAX_NESTING_BOUND) return 'the front matter is nested too deeply';
  return undefined;
}

/**
 * An upper bound on how deep a header can nest, without parsing it: on each line, the indentation and
 * compact indicators (`- - x`) before its content, plus the brackets opened and not yet closed. It
 * counts brackets inside quoted text too, so it overestimates; the limit leaves room for that.
 */
function nestingBound(header: string): number {
  let flow = 0;
  let deepest = 0;
  for (const line of header.split(/\r\n|[\n\r]/)) {
    const prefix = (/^(?:[ \t]|[-?:](?=[ \t]|$))*/.exec(line) as RegExpExecArray)[0].length;
    deepest = Math.max(deepest, prefix + flow);
    for (let i = prefix; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, prefix + ++flow); // [ {
      else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--; // ] }
    }
  }
  return deepest;
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
