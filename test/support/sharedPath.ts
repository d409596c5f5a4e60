import { existsSync } from 'node:fs';
import path from 'node:path';

/** The `shared/` folder beside the repository (CI puts it there). */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');

/** A path inside `../shared`; throws, naming where it looked, when it is not there — never a silent pass. */
export function sharedPath(...parts: string[]): string {
  const full = path.join(SHARED_DIR, ...parts);
  if (!existsSync(full)) {
    throw new Error(`This test needs ${full} (../shared beside the repository), and it is missing.`);
  }
  return full;
}
