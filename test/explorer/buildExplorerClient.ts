import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT_OUT = path.join(ROOT, 'dist', 'src', 'server', 'explorer', 'client');

/**
 * Compiles the browser client as `npm run build` does, so `npx jest test/explorer` tests today's
 * client and not a stale build. Test files run in parallel and a server may be reading the folder:
 * each build goes to a folder of its own, and its files are moved in one by one (a rename is atomic).
 */
export function buildExplorerClient(): string {
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const staging = mkdtempSync(path.join(ROOT, 'dist', '.explorer-client-'));
  try {
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.explorer.json'), '--outDir', staging], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      // tsc reports type errors on stdout; say them, not just "Command failed".
      throw new Error(`the explorer client does not compile:\n${String((error as { stdout?: Buffer }).stdout ?? error)}`);
    }
    mkdirSync(CLIENT_OUT, { recursive: true });
    for (const file of readdirSync(staging)) renameSync(path.join(staging, file), path.join(CLIENT_OUT, file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return CLIENT_OUT;
}
