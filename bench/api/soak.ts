import autocannon from 'autocannon';
import { API_QUERIES } from './apiQueries';
import type { ScaledServer } from './scaledServer';

/** What a long run of mixed queries did to the server. */
export interface SoakResult {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  requestsPerSec: number;
  p99Ms: number;
  residentBeforeMiB: number;
  residentAfterMiB: number;
  /** Resident memory after ÷ before, minus one: the target is under 10 %. */
  memoryGrowth: number;
}

const mib = (bytes: number) => bytes / 2 ** 20;

/**
 * Sends every benchmark query in turn over `connections` connections for `seconds`, after a short
 * warm-up whose end is the memory baseline.
 */
export async function soak(server: ScaledServer, { seconds = 60, connections = 20, warmUpSeconds = 5 } = {}): Promise<SoakResult> {
  const requests = Object.values(API_QUERIES).map((query) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }));
  const run = (duration: number) => autocannon({ url: `${server.url}/graphql`, connections, duration, requests });
  await run(warmUpSeconds);
  const before = await server.residentBytes();
  const result = await run(seconds);
  const after = await server.residentBytes();
  return {
    seconds,
    connections,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requestsPerSec: result.requests.average,
    p99Ms: result.latency.p99,
    residentBeforeMiB: mib(before),
    residentAfterMiB: mib(after),
    memoryGrowth: after / before - 1,
  };
}
