import autocannon from 'autocannon';

/** What one load run measured: throughput and latency percentiles, and everything that went wrong. */
export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadOptions {
  url: string;
  /** GraphQL operation to POST to /graphql. */
  query: string;
  connections: number;
  seconds: number;
}

/** POSTs one GraphQL operation over keep-alive connections on loopback for a while (autocannon). */
export async function loadTest({ url, query, connections, seconds }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    duration: seconds,
  });
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
