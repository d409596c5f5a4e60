import type { AddressInfo } from 'node:net';
import { runIngest } from '../../ingest/runIngest';
import { createServer } from '../../src/server/createServer';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { scaleBatch } from '../store/scaleBatch';

/**
 * Child process of the API benchmarks: serves the corpus graph copied `scale` times on a loopback
 * port and prints `{"port": n}` once ready. The load generator runs in another process, so the two
 * do not share an event loop.
 */
async function main(): Promise<void> {
  const [corpusDir, scaleArg = '1'] = process.argv.slice(2);
  if (!corpusDir) throw new Error('usage: serveScaledGraph CORPUS_DIR [SCALE]');
  const { batch } = await runIngest({ sources: [corpusDir] });
  const store = new MemoryGraphStore();
  await store.replaceGraph(scaleBatch(batch, Number(scaleArg)));
  const server = await createServer({ store, config: { port: 0, host: '127.0.0.1', corsOrigins: [], cacheMaxAge: 0, maxBodyBytes: 100 * 1024 } });
  const http = server.app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
  });
  process.once('SIGTERM', () => http.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
