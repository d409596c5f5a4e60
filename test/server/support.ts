import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ServerConfig } from '../../src/server/config';
import { createServer } from '../../src/server/createServer';
import { instrumentStore } from '../../src/server/instrumentStore';
import type { GraphStore } from '../../src/store/GraphStore';

export const TEST_CONFIG: ServerConfig = { port: 0, host: '127.0.0.1', corsOrigins: ['https://dash.example.nl'], cacheMaxAge: 60, maxBodyBytes: 100 * 1024 };

/** A parsed JSON answer; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by assertions, not types
export type Json = any;

/** A running API on a loopback port, with a counter of the store calls made through it. */
export interface RunningApi {
  url: string;
  storeCalls(): number;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: Json; headers: Headers }>;
  gql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; json: Json }>;
  stop(): Promise<void>;
}

export async function startApi(store: GraphStore, config: ServerConfig = TEST_CONFIG): Promise<RunningApi> {
  let calls = 0;
  const counted = instrumentStore(store, { count: () => calls++ });
  const server = await createServer({ store: counted, config });
  const http = await new Promise<Server>((resolve) => {
    const s = server.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, json, headers: response.headers };
  };
  return {
    url,
    storeCalls: () => calls,
    post,
    gql: (query, variables) => post({ query, variables }),
    stop: async () => {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
    },
  };
}
