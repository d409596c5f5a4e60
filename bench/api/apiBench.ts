import { summarise, type Measured } from '../measure';
import { API_QUERIES, countItems, type ApiQueryName } from './apiQueries';
import { loadTest, type LoadResult } from './loadTest';
import { startScaledServer, type ScaledServer } from './scaledServer';

/** One query's figures on one graph size. */
export interface ApiQueryResult {
  query: ApiQueryName;
  /** Items in the answer (list entries, nested included). */
  items: number;
  storeCallsPerRequest: number;
  requestsPerSec: Measured;
  p50Ms: Measured;
  p99Ms: Measured;
  /** Floor throughput ÷ this query's, per round, then the median: how many floor answers one answer costs. */
  throughputCostVsFloor: Measured;
  /** This query's p99 ÷ the floor's p99 in the same round. */
  p99VsFloor: Measured;
  failures: number;
}

export interface ApiScaleResult {
  scale: number;
  queries: ApiQueryResult[];
}

export interface ApiBenchOptions {
  scales?: number[];
  rounds?: number;
  secondsPerRun?: number;
  connections?: number;
}

/** Store calls per request, read from the server's own counter over a few sequential requests. */
async function storeCallsPerRequest(server: ScaledServer, query: string, requests = 10): Promise<{ calls: number; items: number }> {
  const before = await server.storeCalls();
  let items = 0;
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`benchmark query failed: ${JSON.stringify(body.errors ?? response.status)}`);
    items = countItems(body.data);
  }
  return { calls: (await server.storeCalls() - before) / requests, items };
}

/**
 * GraphQL throughput and latency on loopback for each benchmark query, on graphs that hold the
 * corpus 1×, 10× and 100×. Each round runs the floor (`{ __typename }`) and then every query, so each
 * ratio compares runs a few seconds apart on the same noisy machine.
 */
export async function runApiBench(corpusDir: string, options: ApiBenchOptions = {}): Promise<ApiScaleResult[]> {
  const { scales = [1, 10, 100], rounds = 3, secondsPerRun = 3, connections = 10 } = options;
  const names = Object.keys(API_QUERIES) as ApiQueryName[];
  const results: ApiScaleResult[] = [];
  for (const scale of scales) {
    process.stderr.write(`  API at ${scale}×: starting the server…\n`);
    const server = await startScaledServer(corpusDir, scale);
    try {
      const calls = new Map<ApiQueryName, { calls: number; items: number }>();
      for (const name of names) calls.set(name, await storeCallsPerRequest(server, API_QUERIES[name]));
      const runs = new Map<ApiQueryName, LoadResult[]>(names.map((name) => [name, []]));
      for (let round = 0; round < rounds; round++) {
        for (const name of names) {
          process.stderr.write(`  API at ${scale}×: round ${round + 1}/${rounds}, ${name}\n`);
          runs.get(name)?.push(await loadTest({ url: server.url, query: API_QUERIES[name], connections, seconds: secondsPerRun }));
        }
      }
      const floor = runs.get('floor') ?? [];
      results.push({
        scale,
        queries: names.map((name) => {
          const own = runs.get(name) ?? [];
          return {
            query: name,
            items: calls.get(name)?.items ?? 0,
            storeCallsPerRequest: calls.get(name)?.calls ?? 0,
            requestsPerSec: summarise(own.map((r) => r.requestsPerSec)),
            p50Ms: summarise(own.map((r) => r.p50Ms)),
            p99Ms: summarise(own.map((r) => r.p99Ms)),
            throughputCostVsFloor: summarise(own.map((r, i) => (floor[i]?.requestsPerSec ?? 0) / r.requestsPerSec)),
            p99VsFloor: summarise(own.map((r, i) => r.p99Ms / Math.max(floor[i]?.p99Ms ?? 1, 1))),
            failures: own.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
          };
        }),
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}
