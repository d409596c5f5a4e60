import { parseFrontMatter } from '../../../ingest/read/parseFrontMatter';

const ok = (input: string) => {
  const result = parseFrontMatter(input, 'doc.md');
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result;
};
const codesOf = (input: string) => {
  const result = parseFrontMatter(input, 'doc.md');
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path, p.severity]);
};

describe('parseFrontMatter', () => {
  it('parses a YAML header and tells the line of every value and of the body', () => {
    const { frontMatter, warnings } = ok('---\ntitle: Titel\nvereiste:\n- aia-01\n- aia-02\n---\n\nBody\n');
    expect(frontMatter.data).toEqual({ title: 'Titel', vereiste: ['aia-01', 'aia-02'] });
    expect(frontMatter.lineOf(['title'])).toBe(2);
    expect(frontMatter.lineOf(['vereiste', 1])).toBe(5);
    expect(frontMatter.bodyLine).toBe(7);
    expect(frontMatter.body.trim()).toBe('Body');
    expect(warnings).toEqual([]);
  });

  it('accepts a repeated key with the later value winning, and warns with its line', () => {
    const { frontMatter, warnings } = ok('---\ntitle: eerste\nid: x\ntitle: tweede\n---\n');
    expect(frontMatter.data.title).toBe('tweede');
    expect(warnings).toEqual([expect.objectContaining({ code: 'DUPLICATE_KEY', severity: 'warning', path: 'doc.md' })]);
    expect(warnings[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it.each(['js', 'JS', 'javascript', 'JavaScript', 'json', 'coffee', 'toml'])('refuses a ---%s header without running it', (language) => {
    const marker = `__kg_ran_${language}`;
    const input = `---${language}\n{ title: (function(){ globalThis.${marker} = true; return 'x'; })() }\n---\nbody\n`;
    expect(codesOf(input)).toEqual([['FRONT_MATTER_LANGUAGE', 'doc.md', 'error']]);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    expect(codesOf(`---\n${levels.join('\n')}\n---\n`)).toEqual([['YAML_TOO_COMPLEX', 'doc.md', 'error']]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses absurd nesting as too complex, not as a crash', () => {
    expect(codesOf(`---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`)).toEqual([['YAML_TOO_COMPLEX', 'doc.md', 'error']]);
    expect(codesOf(`---\na: ${'['.repeat(40)}${']'.repeat(40)}\n---\n`)).toEqual([['YAML_TOO_COMPLEX', 'doc.md', 'error']]);
  });

  // Found by the fuzzer: each of these took seconds, or aborted the process, before it was refused unparsed.
  it.each([
    ['2 MB of unclosed brackets', `---\ntitle: ${'['.repeat(2_000_000)}\n---\n`],
    ['an unclosed header of 200 kB', `---\ntitle: ${'x'.repeat(200_000)}\n`],
    ['compact nesting 20,000 deep', `---\ntitle:\n  ${'- '.repeat(20_000)}x\n---\n`],
    ['100,000 blank lines (gray-matter backtracks over them)', `---\n${'\n'.repeat(100_000)}title: x\n---\n`],
    ['100,000 blank CR-only lines', `---\ntitle: x\n${' \r'.repeat(100_000)}id: y\n---\n`],
  ])('refuses %s as too complex, quickly', (_, input) => {
    const started = Date.now();
    expect(codesOf(input)).toEqual([['YAML_TOO_COMPLEX', 'doc.md', 'error']]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('accepts a header as long and as nested as our largest dataset file, with room to spare', () => {
    const articles = Array.from({ length: 1500 }, (_, i) => `  - number: "${i}"\n    title: Artikel ${i} [gewijzigd]\n    paragraphs: [[1, a], [2, b]]`);
    const result = ok(`---\ndataset: statute-catalog\narticles:\n${articles.join('\n')}\n---\n`);
    expect((result.frontMatter.data.articles as unknown[]).length).toBe(1500);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s and pollutes nothing', (key) => {
    const result = parseFrontMatter(`---\ntitle: x\nnested:\n  ${key}:\n    polluted: true\n---\n`, 'doc.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'UNSAFE_KEY', line: 4 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a list', '---\n- a\n- b\n---\n'],
    ['a scalar', '---\njust words\n---\n'],
    ['empty', '---\n---\nbody\n'],
  ])('refuses front matter that is %s', (_shape, input) => {
    expect(codesOf(input)).toEqual([['FRONT_MATTER_NOT_MAPPING', 'doc.md', 'error']]);
  });

  it('reports malformed YAML with the line it is on', () => {
    const result = parseFrontMatter('---\ntitle: ok\nid: [unclosed\nother: x\n---\n', 'doc.md');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.code).toBe('YAML_SYNTAX');
      expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('reports a document without a header', () => {
    expect(codesOf('# Just markdown\n')).toEqual([['NO_FRONT_MATTER', 'doc.md', 'error']]);
  });

  it('does not cache: the same text parsed twice gives independent values', () => {
    const input = '---\nlist: [a]\n---\n';
    const first = ok(input).frontMatter.data.list as string[];
    first.push('mutated');
    expect(ok(input).frontMatter.data.list).toEqual(['a']);
  });
});
