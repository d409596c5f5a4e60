import type { AbuseResult } from './api/abuseUnderLoad';
import type { ApiScaleResult } from './api/apiBench';
import type { ShutdownResult } from './api/shutdownUnderLoad';
import type { FuzzBenchResults } from './fuzz/fuzzBench';
import type { SoakResult } from './api/soak';
import type { IngestScaleResult } from './ingest/ingestBench';
import type { Measured } from './measure';
import type { StoreScaleResult } from './store/storeScalingBench';

/** Everything one `npm run bench` measured. Sections are optional so that a partial run still reports. */
export interface BenchResults {
  started: string;
  machine: string;
  command: string;
  ingest?: IngestScaleResult[];
  store?: StoreScaleResult[];
  api?: ApiScaleResult[];
  abuse?: AbuseResult;
  soak?: SoakResult;
  shutdown?: ShutdownResult;
  fuzz?: FuzzBenchResults;
  /** Extra sections in markdown, by title (the fuzzers add theirs). */
  more?: Record<string, string>;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const spread = (m: Measured, format: (x: number) => string) => `${format(m.median)} (${format(m.min)}–${format(m.max)})`;
const ratio = (x: number) => x.toFixed(2);
const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function ingestSection(rows: IngestScaleResult[]): string {
  return [
    '## Ingest',
    '',
    'Full ingest (read, parse, resolve citations, build the sorted graph) against only reading the same files and',
    'parsing their front matter; synthetic corpora are the real corpus copied 10× and 100× with renamed ids.',
    '',
    table(
      ['scale', 'files', 'ingest median (min–max)', 'parse-only median', 'ingest ÷ parse-only', 'ingest ÷ ingest at 1×', 'heap kept'],
      rows.map((r) => [`${r.scale}×`, String(r.files), `${spread(r.ingest, ms)}, ${r.ingest.runs} runs`, ms(r.parseOnly.median), ratio(r.ratioToParse), r.growthVs1x.toFixed(1), `${r.heapMiB.toFixed(0)} MiB`]),
    ),
  ].join('\n');
}

function storeSection(rows: StoreScaleResult[]): string {
  const us = (x: number) => `${(x * 1000).toFixed(0)} µs`;
  return [
    '## Embedded store reads at scale',
    '',
    'A depth-2 neighbourhood of aia-18 and the shortest path from aia-18 to BW 6:185, on graphs that hold the corpus',
    'graph 1×, 10× and 100× (copies with renamed ids). Index-driven reads should not grow with the graph: ratios near 1.',
    '',
    table(
      ['scale', 'nodes', 'edges', 'neighbourhood (depth 2) median', '÷ 1×', 'shortest path median', '÷ 1×'],
      rows.map((r) => [`${r.scale}×`, String(r.nodes), String(r.edges), spread(r.neighbourhood, us), ratio(r.neighbourhoodVs1x), spread(r.path, us), ratio(r.pathVs1x)]),
    ),
  ].join('\n');
}

function apiSection(scales: ApiScaleResult[]): string {
  const rows = scales.flatMap((s) =>
    s.queries.map((q) => [
      `${s.scale}×`,
      q.query,
      spread(q.requestsPerSec, (x) => x.toFixed(0)),
      ms(q.p50Ms.median),
      spread(q.p99Ms, (x) => x.toFixed(0)),
      spread(q.throughputCostVsFloor, ratio),
      spread(q.p99VsFloor, ratio),
      String(q.failures),
    ]),
  );
  const calls = scales.flatMap((s) => s.queries.filter((q) => q.query !== 'floor').map((q) => [`${s.scale}×`, q.query, String(q.items), q.storeCallsPerRequest.toFixed(1)]));
  return [
    '## GraphQL over HTTP',
    '',
    'autocannon on loopback, 10 connections, POST /graphql; the server runs in its own process on the corpus graph',
    'copied 1×, 10× and 100×. Each round runs the floor (`{ __typename }`) and then every query for a few seconds;',
    'ratios compare each query with the floor of its own round (median and range over the rounds). "Cost vs floor" is',
    'floor throughput ÷ query throughput: how many trivial answers one real answer costs.',
    '',
    table(['scale', 'query', 'req/s median (range)', 'p50', 'p99 ms median (range)', 'cost vs floor', 'p99 ÷ floor p99', 'failures'], rows),
    '',
    '### Store calls per request',
    '',
    'Read from the server\'s own `kg_store_calls_total` over ten requests each. The count must not follow the number of',
    'items in the answer (per-request DataLoaders batch every relation).',
    '',
    table(['scale', 'query', 'items in the answer', 'store calls per request'], calls),
  ].join('\n');
}

function abuseSection(a: AbuseResult): string {
  return [
    '## Abuse under load',
    '',
    'The duties query at 10 connections, alone and beside a client sending only refused requests (each limit overstepped',
    'by one, over the cost limit, batched, over 100 KB, broken JSON) at the same concurrency, alternating. Target: p99',
    'under abuse at most 2× p99 alone.',
    '',
    table(
      ['', 'p99 ms median (range)', 'req/s median', 'failures'],
      [
        ['alone', spread(a.legitimateAlone.p99Ms, (x) => x.toFixed(0)), a.legitimateAlone.requestsPerSec.median.toFixed(0), String(a.legitimateAlone.failures)],
        ['under abuse', spread(a.legitimateUnderAbuse.p99Ms, (x) => x.toFixed(0)), a.legitimateUnderAbuse.requestsPerSec.median.toFixed(0), String(a.legitimateUnderAbuse.failures)],
      ],
    ),
    '',
    `p99 under abuse ÷ p99 alone: **${ratio(a.p99Ratio.median)}** (range ${ratio(a.p99Ratio.min)}–${ratio(a.p99Ratio.max)}). ` +
      `Abusive requests sent: ${a.abusiveRequests}; answered with another status than the expected 400/413: ${a.abusiveUnexpected}.`,
  ].join('\n');
}

function soakSection(s: SoakResult): string {
  return [
    '## Soak',
    '',
    `${s.seconds} s of every benchmark query in turn at ${s.connections} connections, after a 5 s warm-up. Targets: 0 errors,`,
    '0 non-2xx, resident memory growth under 10 %.',
    '',
    table(
      ['requests', 'req/s', 'p99', 'errors', 'non-2xx', 'resident memory before → after', 'growth'],
      [[String(s.requests), s.requestsPerSec.toFixed(0), ms(s.p99Ms), String(s.errors), String(s.non2xx), `${s.residentBeforeMiB.toFixed(0)} → ${s.residentAfterMiB.toFixed(0)} MiB`, `${(s.memoryGrowth * 100).toFixed(1)} %`]],
    ),
  ].join('\n');
}

function shutdownSection(s: ShutdownResult): string {
  return [
    '## Shutdown under load',
    '',
    '`kg serve` under load from 8 request loops, plus 3 uploads that had sent half their body, gets SIGTERM.',
    '',
    table(
      ['in flight at the signal', 'received', 'answered', 'half-sent uploads answered', 'client answers', 'non-200', 'never reached the server', 'exit code'],
      [[String(s.inFlightAtSignal), String(s.received), String(s.answered), `${s.slowUploadsAnswered} of ${s.slowUploads}`, String(s.clientAnswers), String(s.clientNon200), String(s.clientNotReceived), String(s.exitCode)]],
    ),
  ].join('\n');
}

/** The markdown of `bench/RESULTS.md`. */
export function formatResults(results: BenchResults): string {
  const sections = [
    results.ingest && ingestSection(results.ingest),
    results.store && storeSection(results.store),
    results.api && apiSection(results.api),
    results.abuse && abuseSection(results.abuse),
    results.soak && soakSection(results.soak),
    results.shutdown && shutdownSection(results.shutdown),
    ...Object.entries(results.more ?? {}).map(([title, body]) => `## ${title}\n\n${body}`),
  ].filter((section): section is string => Boolean(section));
  return [
    '# Benchmark results',
    '',
    `Run \`${results.command}\` on ${results.started}. Machine: ${results.machine}.`,
    'Timings are medians of several interleaved runs; ratios compare figures measured side by side in the same run.',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
