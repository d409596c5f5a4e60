import { existsSync } from 'node:fs';
import path from 'node:path';

/** The entry module of the compiled client; its presence marks a built client folder. */
export const CLIENT_ENTRY = 'explorer.js';

/**
 * The folder holding the compiled browser modules (`tsconfig.explorer.json` writes them). Running from
 * `dist/`, they sit beside this file; running from source (tests, ts-jest), they are under `dist/` of
 * the repository. Undefined when the client has not been built.
 */
export function explorerClientDir(): string | undefined {
  const candidates = [path.join(__dirname, 'client'), path.resolve(__dirname, '..', '..', '..', 'dist', 'src', 'server', 'explorer', 'client')];
  return candidates.find((dir) => existsSync(path.join(dir, CLIENT_ENTRY)));
}
