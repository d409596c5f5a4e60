import autocannon from 'autocannon';
import { summarise, type Measured } from '../measure';
import { ABUSIVE_REQUESTS } from './abusiveRequests';
import { loadTest, type LoadResult } from './loadTest';

/** Legitimate traffic alone and beside an abusive client at the same concurrency. */
export interface AbuseResult {
  legitimateAlone: { p99Ms: Measured; requestsPerSec: Measured; failures: number };
  legitimateUnderAbuse: { p99Ms: Measured; requestsPerSec: Measured; failures: number };
  /** p99 under abuse ÷ p99 alone, per round, then the median. The target is at most 2. */
  p99Ratio: Measured;
  abusiveRequests: number;
  /** Abusive requests answered with another status than the one expected (400 or 413). */
  abusiveUnexpected: number;
}

const LEGITIMATE = '{ articlesImposingDuties(role: "aanbieder") { provision { id title } evidence { id kind label } } }';

/** Sends the refused requests in turn over `connections` connections; counts answers that were not the expected status. */
async function abuse(url: string, connections: number, seconds: number): Promise<{ requests: number; unexpected: number }> {
  let unexpected = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: ABUSIVE_REQUESTS.map((request) => ({
      method: 'POST' as const,
      headers: request.headers,
      body: request.body,
      onResponse: (status: number) => {
        if (status !== request.expectedStatus) unexpected++;
      },
    })),
  });
  return { requests: result.requests.total, unexpected: unexpected + result.errors + result.timeouts };
}

/**
 * Measures the duties query's p99 alone and while an abusive client sends refused requests at the
 * same concurrency, alternating the two for `rounds` rounds.
 */
export async function abuseUnderLoad(url: string, { rounds = 3, seconds = 3, connections = 10 } = {}): Promise<AbuseResult> {
  const alone: LoadResult[] = [];
  const underAbuse: LoadResult[] = [];
  let abusiveRequests = 0;
  let abusiveUnexpected = 0;
  for (let round = 0; round < rounds; round++) {
    alone.push(await loadTest({ url, query: LEGITIMATE, connections, seconds }));
    const [legitimate, abusive] = await Promise.all([loadTest({ url, query: LEGITIMATE, connections, seconds }), abuse(url, connections, seconds)]);
    underAbuse.push(legitimate);
    abusiveRequests += abusive.requests;
    abusiveUnexpected += abusive.unexpected;
  }
  const figures = (runs: LoadResult[]) => ({
    p99Ms: summarise(runs.map((r) => r.p99Ms)),
    requestsPerSec: summarise(runs.map((r) => r.requestsPerSec)),
    failures: runs.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  });
  return {
    legitimateAlone: figures(alone),
    legitimateUnderAbuse: figures(underAbuse),
    p99Ratio: summarise(underAbuse.map((r, i) => r.p99Ms / Math.max(alone[i]?.p99Ms ?? 1, 1))),
    abusiveRequests,
    abusiveUnexpected,
  };
}
