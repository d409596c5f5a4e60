import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A benchmark API running in its own process. */
export interface ScaledServer {
  url: string;
  process: ChildProcess;
  /** Sum of the `kg_store_calls_total` counters in /metrics. */
  storeCalls(): Promise<number>;
  /** The server's resident memory in bytes, from /metrics. */
  residentBytes(): Promise<number>;
  stop(): Promise<void>;
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** Starts `serveScaledGraph` (from the compiled build) and waits until it listens. */
export async function startScaledServer(corpusDir: string, scale: number): Promise<ScaledServer> {
  const child = spawn(process.execPath, [path.join(__dirname, 'serveScaledGraph.js'), corpusDir, String(scale)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    process: child,
    storeCalls: () => metric(url, 'kg_store_calls_total'),
    residentBytes: () => metric(url, 'process_resident_memory_bytes'),
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
