import { promises as fs } from 'node:fs';
import type { Problem } from '../../src/domain/Problem';

/** Files above this size are refused without being read (a document is a few kB; 60 MB is an attack or an accident). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A source file's text, or the problem that kept it from being read. */
export type SourceFileResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Reads a file as strict UTF-8. Size is checked before reading; invalid byte sequences are refused
 * rather than silently replaced, so that a mis-encoded file is reported, not half-loaded.
 */
export async function readSourceFile(absolutePath: string, displayPath: string, maxBytes = MAX_FILE_BYTES): Promise<SourceFileResult> {
  const fail = (code: Problem['code'], message: string): SourceFileResult => ({
    ok: false,
    problem: { path: displayPath, line: 1, code, severity: 'error', message },
  });
  try {
    const stat = await fs.stat(absolutePath);
    if (stat.size > maxBytes) {
      return fail('FILE_TOO_LARGE', `${stat.size} bytes is over the limit of ${maxBytes} bytes; the file was not read`);
    }
    const bytes = await fs.readFile(absolutePath);
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { ok: true, text: text.replace(/^\uFEFF/, '') };
    } catch {
      return fail('NOT_UTF8', 'the file is not valid UTF-8');
    }
  } catch (error) {
    return fail('READ_FAILED', `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}
