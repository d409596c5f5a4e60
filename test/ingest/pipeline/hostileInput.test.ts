import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../../../ingest/runIngest';

/** A folder of broken and hostile documents around two good ones. */
function hostileFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-hostile-'));
  const write = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, name), content);
  const good = (code: string) => `---\ntitle: Goed ${code}\nid: urn:nl:ak:ver:${code}\nrol-ai-act:\n- aanbieder\n---\n## Bronnen\n- [Artikel 20 AI-verordening](https://example.org)\n`;
  write('good-1.md', good('good-01'));
  write('good-2.md', good('good-02'));
  write('js-lower.md', `---js\n{ title: (function(){ globalThis.__kgRan = 1; return 'x' })() }\n---\n`);
  write('js-upper.md', `---JavaScript\nmodule.exports = { title: (globalThis.__kgRan = 2) }\n---\n`);
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
  write('bomb.md', `---\n${bomb.join('\n')}\n---\n`);
  write('huge.md', Buffer.alloc(60 * 1024 * 1024, 0x61));
  write('proto.md', '---\ntitle: Proto\nid: urn:nl:ak:ver:proto-01\n__proto__:\n  polluted: true\n---\n');
  write('malformed.md', '---\ntitle: [unclosed\nid: urn:nl:ak:ver:bad-01\n---\n');
  write('list.md', '---\n- a\n- b\n---\n');
  write('scalar.md', '---\nonly a sentence\n---\n');
  write('same-id.md', good('good-01'));
  write('latin1.md', Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\nid: urn:nl:ak:ver:lat-01\n---\n')]));
  return dir;
}

describe('ingest of hostile and broken input', () => {
  let result: Awaited<ReturnType<typeof runIngest>>;
  let dir: string;
  beforeAll(async () => {
    dir = hostileFolder();
    result = await runIngest({ sources: [dir], includeDefaults: false, cwd: dir });
  });

  it.each([
    ['js-lower.md', 'FRONT_MATTER_LANGUAGE'],
    ['js-upper.md', 'FRONT_MATTER_LANGUAGE'],
    ['bomb.md', 'YAML_TOO_COMPLEX'],
    ['huge.md', 'FILE_TOO_LARGE'],
    ['proto.md', 'UNSAFE_KEY'],
    ['malformed.md', 'YAML_SYNTAX'],
    ['list.md', 'FRONT_MATTER_NOT_MAPPING'],
    ['scalar.md', 'FRONT_MATTER_NOT_MAPPING'],
    ['same-id.md', 'DUPLICATE_ID'],
    ['latin1.md', 'NOT_UTF8'],
  ])('reports %s as %s, naming the file', (file, code) => {
    expect(result.report.problems).toContainEqual(expect.objectContaining({ path: file, code, severity: 'error' }));
  });

  it('still loads the good documents and rejects exactly the bad ones', () => {
    expect(result.report.documents).toEqual({ read: 12, loaded: 2, rejected: 10 });
    const ids = result.batch.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['urn:nl:ak:ver:good-01', 'urn:nl:ak:ver:good-02']));
    expect(result.batch.edges).toContainEqual(expect.objectContaining({ source: 'urn:nl:ak:ver:good-02', type: 'CITES', target: 'eu:reg/2024/1689/art_20' }));
  });

  it('runs no code and pollutes no prototype', () => {
    expect((globalThis as Record<string, unknown>).__kgRan).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.batch.nodes.map((n) => n.id)).not.toContain('urn:nl:ak:ver:proto-01');
  });
});
