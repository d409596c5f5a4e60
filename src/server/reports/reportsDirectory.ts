import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * `schema/reports` of the project, found by walking up from this file to the folder holding both
 * `package.json` and `schema/reports`: the same answer from the source (ts-jest) and from
 * `dist/src/server/reports` (npm start), whatever the working directory.
 */
export function reportsDirectory(from: string = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schema', 'reports');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot find schema/reports in any folder above ${from}`);
}
