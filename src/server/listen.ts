import type { Server } from 'node:http';
import type { GraphStore } from '../store/GraphStore';
import type { ServerConfig } from './config';
import type { KgServer } from './createServer';

/**
 * Starts listening, and on SIGTERM/SIGINT stops taking new connections, lets requests in flight
 * finish, then closes the store.
 */
export async function listen(server: KgServer, store: GraphStore, config: ServerConfig): Promise<Server> {
  const http = await new Promise<Server>((resolve) => {
    const s = server.app.listen(config.port, config.host, () => resolve(s));
  });
  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: finishing requests in flight, then stopping\n`);
    http.close(async () => {
      await server.close();
      await store.close();
      process.exit(0);
    });
    http.closeIdleConnections();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return http;
}
