import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProgram } from '../../src/cli/kg';

/** Runs `kg …` in-process and returns its exit code and what it printed. */
async function kg(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = 0;
  try {
    await buildProgram().exitOverride().parseAsync(args, { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout };
  } finally {
    write.mockRestore();
    stderr.mockRestore();
    process.exitCode = 0;
  }
}

describe('kg ingest and kg export', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
  const docs = path.join(dir, 'docs');
  const snapshot = path.join(dir, 'graph.json');
  beforeAll(() => {
    mkdirSync(docs);
    writeFileSync(path.join(docs, 'a.md'), '---\ntitle: A\nid: urn:nl:ak:ver:a-01\n---\n## Bronnen\n- [Artikel 16(j) AI-verordening](https://x)\n');
  });

  it('writes the report and the graph, and the same input gives byte-identical --out files', async () => {
    const first = await kg('ingest', docs, '--snapshot', snapshot, '--report', path.join(dir, 'r.json'), '--out', path.join(dir, 'g1.json'));
    await kg('ingest', docs, '--snapshot', snapshot, '--out', path.join(dir, 'g2.json'));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: \d+ read, \d+ loaded, 0 rejected/);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report).toMatchObject({ documents: { rejected: 0 }, nodes: { Requirement: 1 }, citations: { unresolved: [] }, problems: expect.any(Array) });
    expect(readFileSync(path.join(dir, 'g2.json'))).toEqual(readFileSync(path.join(dir, 'g1.json')));
  });

  it('exports what the last ingest wrote to the store', async () => {
    await kg('ingest', docs, '--snapshot', snapshot, '--out', path.join(dir, 'written.json'));
    const exported = await kg('export', '--format', 'json', '--snapshot', snapshot);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(readFileSync(path.join(dir, 'written.json'), 'utf8'));
  });

  it('exits non-zero with --strict when a document is bad, and leaves the store as it was', async () => {
    const before = await kg('export', '--format', 'json', '--snapshot', snapshot);
    writeFileSync(path.join(docs, 'broken.md'), '---\ntitle: [unclosed\n---\n');
    const strict = await kg('ingest', docs, '--snapshot', snapshot, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/1 rejected/);
    expect((await kg('export', '--format', 'json', '--snapshot', snapshot)).stdout).toBe(before.stdout);
    // Without --strict the bad document is skipped and the rest is written.
    expect((await kg('ingest', docs, '--snapshot', snapshot)).code).toBe(0);
  });
});
