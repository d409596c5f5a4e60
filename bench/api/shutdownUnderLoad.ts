import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** What a SIGTERM under load did, from the server's words and the clients' counts. */
export interface ShutdownResult {
  /** Requests the server was working on when the signal came. */
  inFlightAtSignal: number;
  received: number;
  answered: number;
  /** Slow uploads that had sent half their body when the signal came, and how many of them got a 200. */
  slowUploads: number;
  slowUploadsAnswered: number;
  /** Answers the clients got, all statuses. */
  clientAnswers: number;
  clientNon200: number;
  /** Requests that never reached the server: refused after it stopped listening, or sent on a connection it was closing. */
  clientNotReceived: number;
  exitCode: number | null;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A query that keeps the server busy for a few milliseconds, so that requests overlap. */
const QUERY = JSON.stringify({ query: '{ neighborhood(id: "eu:reg/2024/1689", depth: 2, limit: 500) { nodes { id kind label } edges { id type source target } } }' });

/**
 * A request whose headers and first half of body are sent now; `finish()` sends the rest and resolves
 * to the status line of the answer (or the error). It is in flight on the server from the first write.
 */
function slowUpload(port: number): { finish(): Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString()));
  const closed = new Promise<string>((resolve) => {
    socket.on('error', (error) => resolve(`error: ${error.message}`));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
  });
  const half = Math.floor(QUERY.length / 2);
  socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(QUERY)}\r\nconnection: close\r\n\r\n${QUERY.slice(0, half)}`);
  return {
    finish: () => {
      socket.write(QUERY.slice(half));
      return closed;
    },
  };
}

/**
 * Starts `kg serve` from the compiled build on the project dataset, loads it from `clients`
 * concurrent request loops and `slowUploads` requests still sending their body, sends SIGTERM after
 * `loadMs`, and reports what became of every request.
 */
export async function shutdownUnderLoad({ clients = 8, slowUploads = 3, loadMs = 1500 } = {}): Promise<ShutdownResult> {
  const root = projectRoot();
  const port = await freePort();
  const snapshot = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-shutdown-')), 'graph.json');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'kg.js'), 'serve', '--snapshot', snapshot], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving ')) resolve();
    });
    void exited.then((code) => reject(new Error(`kg serve exited with ${code} before serving:\n${output}`)));
  });

  let running = true;
  const counts = { answers: 0, non200: 0, notReceived: 0 };
  const loop = async () => {
    while (running) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
        await response.arrayBuffer();
        counts.answers++;
        if (response.status !== 200) counts.non200++;
      } catch {
        counts.notReceived++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  };
  const loops = Array.from({ length: clients }, loop);
  await new Promise((resolve) => setTimeout(resolve, loadMs));
  const slow = Array.from({ length: slowUploads }, () => slowUpload(port));
  // Long enough for a busy server to read their headers: from then on they are in flight.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const statusLines = await Promise.all(slow.map((upload) => upload.finish()));
  const exitCode = await exited;
  running = false;
  await Promise.all(loops);

  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  return {
    inFlightAtSignal: number(/finishing (\d+) requests in flight/),
    received: number(/received (\d+) requests/),
    answered: number(/answered (\d+)/),
    slowUploads,
    slowUploadsAnswered: statusLines.filter((line) => line.startsWith('HTTP/1.1 200')).length,
    clientAnswers: counts.answers,
    clientNon200: counts.non200,
    clientNotReceived: counts.notReceived,
    exitCode,
  };
}
