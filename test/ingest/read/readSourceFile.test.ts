import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSourceFile } from '../../../ingest/read/readSourceFile';

describe('readSourceFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-read-'));
  const file = (name: string, content: string | Buffer) => {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  };

  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const result = await readSourceFile(file('bom.md', '\uFEFFArtificiële'), 'bom.md');
    expect(result).toEqual({ ok: true, text: 'Artificiële' });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const result = await readSourceFile(file('latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x41, 0xeb, 0x0a])), 'latin1.md');
    expect(result).toMatchObject({ ok: false, problem: { code: 'NOT_UTF8', path: 'latin1.md', severity: 'error' } });
  });

  it('refuses a file over the size cap without reading it', async () => {
    const result = await readSourceFile(file('big.md', Buffer.alloc(2048, 0x61)), 'big.md', 1024);
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_TOO_LARGE', path: 'big.md' } });
  });

  it('reports a file that cannot be read', async () => {
    const result = await readSourceFile(path.join(dir, 'missing.md'), 'missing.md');
    expect(result).toMatchObject({ ok: false, problem: { code: 'READ_FAILED', path: 'missing.md' } });
  });
});
