import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder of the project's own dataset. Found by walking up to the package root, so it is the
 * same whether this runs from `ingest/` (tests) or from `dist/ingest/` (the built CLI).
 */
export function defaultDataDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'ingest', 'data'))) {
      return path.join(dir, 'ingest', 'data');
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find ingest/data above ${from}`);
  }
}
