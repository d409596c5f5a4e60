import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository's root, whether this runs from the sources (ts-jest) or from the build in dist/. */
export function projectRoot(from = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && path.basename(dir) !== 'dist') return dir;
  }
  throw new Error(`no package.json above ${from}`);
}
