import { posix } from 'node:path';
import { findCitations } from '../../src/domain/citations/findCitations';
import { ids } from '../../src/domain/ids';
import type { FreeTextDocument } from './FreeTextDocument';

/** Characters of a free-text document kept as its searchable text. */
const MAX_TEXT = 200_000;

/**
 * Reads a plain-text document: its first substantial line is its label, and every citation in it
 * (provisions, instruments, rulings) is found with its line.
 */
export function readFreeText(text: string, path: string): FreeTextDocument {
  const stem = posix.basename(path).replace(/\.[^.]+$/, '');
  const firstLine = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 3);
  return {
    id: ids.document(stem),
    label: firstLine ? firstLine.replace(/^\d+(\.\d+)*\.?\s+/, '').slice(0, 120) : stem,
    text: text.replace(/[ \t]*\n[ \t]*(\n[ \t]*)+/g, '\n').slice(0, MAX_TEXT),
    origin: { path, line: 1 },
    citations: findCitations(text),
  };
}
