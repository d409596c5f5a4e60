import type { Server } from 'node:http';
import type { GraphStore } from '../store/GraphStore';
import type { ServerConfig } from './config';
import type { KgServer } from './createServer';

/**
 * Starts listening, and on SIGTERM/SIGINT stops taking new connections, answers every request
 * already received (with `Connection: close`, so keep-alive clients move on), then closes the store.
 * It prints how many requests were in flight, received and answered, so the operator sees none was lost.
 */
export async function listen(server: KgServer, store: GraphStore, config: ServerConfig): Promise<Server> {
  let received = 0;
  let inFlight = 0;
  let answered = 0;
  let stopping = false;
  const http = await new Promise<Server>((resolve) => {
    const s = server.app.listen(config.port, config.host, () => resolve(s));
  });
  http.on('request', (req, res) => {
    received++;
    inFlight++;
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (res.writableFinished) answered++;
    });
  });
  const shutdown = (signal: string) => {
    stopping = true;
    process.stdout.write(`${signal}: finishing ${inFlight} requests in flight, then stopping\n`);
    // close() also ends idle keep-alive connections; busy ones end after their response.
    http.close(async () => {
      await server.close();
      await store.close();
      process.stdout.write(`stopped: received ${received} requests, answered ${answered}\n`);
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return http;
}
