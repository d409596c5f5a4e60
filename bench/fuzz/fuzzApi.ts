import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { runIngest } from '../../ingest/runIngest';
import { buildKgSchema } from '../../src/graphql/buildKgSchema';
import { createServer } from '../../src/server/createServer';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { corpusDir } from './corpusSamples';
import { operationArbitrary, type FuzzOperation } from './operationArbitraries';

/** How much to fuzz, and with which seed. */
export interface ApiFuzzOptions {
  /** Operations to send, at least (rounded up to a multiple of `concurrency`). */
  runs: number;
  seed: number;
  /** Requests in flight at once: one fast-check runner each, seeded `seed`, `seed + 1`, … */
  concurrency?: number;
  /** A request unanswered after this long counts as a hang. */
  timeoutMs?: number;
}

/** What an API fuzz run sent and got back. */
export interface ApiFuzzFigures {
  seed: number;
  operations: number;
  /** Operations by the generator that made them. */
  families: Record<string, number>;
  /** Answers by HTTP status. */
  statusCounts: Record<string, number>;
  fiveXx: number;
  /** Answers with a status outside the allowed ones (5xx included). */
  unexpected: number;
  /** Answers (of any status) whose errors carry INTERNAL_SERVER_ERROR: a server fault behind a client status. */
  internalErrors: number;
  /** Requests not answered within the timeout, or whose connection failed. */
  noAnswer: number;
  /** Uncaught exceptions and unhandled rejections in the process during the run. */
  uncaught: number;
  /** Whether /healthz answered 200 after the run. */
  healthyAfter: boolean;
  durationMs: number;
  /** fast-check's report of the first failure (seed, path and the shrunk request); absent when it passed. */
  failure?: string;
}

/**
 * The statuses an operation may get. GET and POST to /graphql: 200, 400 or 413 (the rule);
 * besides, only where the request itself asks for it, 415 for a charset or content encoding the JSON
 * body parser does not support and 406 for an `accept` header that excludes JSON — each the client's
 * error stated exactly — and 431 for a URL over Node's header limit. Other methods: 405 from Apollo, or 204 for a CORS preflight (OPTIONS).
 */
export function allowedStatuses(op: FuzzOperation): readonly number[] {
  if (op.method === 'OPTIONS') return [204, 405];
  if (op.method !== 'GET' && op.method !== 'POST') return [400, 405];
  const allowed = [200, 400, 413];
  if (/charset=(?!utf-8)/i.test(op.headers['content-type'] ?? '') || (op.headers['content-encoding'] ?? 'identity') !== 'identity') allowed.push(415);
  // Node's HTTP parser answers a request line over its 16 kB header limit itself, before the app sees it.
  if (op.path.length > 8 * 1024) allowed.push(431);
  const accept = op.headers.accept;
  if (accept !== undefined && !/json|\*\/\*/i.test(accept)) allowed.push(406);
  return allowed;
}

/** One answer: its status and, when JSON, its body. */
interface Answer {
  status: number;
  body: string;
}

function send(agent: http.Agent, base: URL, op: FuzzOperation, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = op.body === undefined ? undefined : Buffer.from(op.body, 'utf8');
    const headers: Record<string, string | number> = { ...op.headers };
    if (body) headers['content-length'] = body.length;
    const request = http.request({ agent, host: base.hostname, port: base.port, method: op.method, path: op.path, headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** Whether an answer's GraphQL errors include an internal one (the server's fault, whatever the status). */
function hasInternalError(body: string): boolean {
  if (!body.includes('INTERNAL_SERVER_ERROR')) return false;
  try {
    const json = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (json.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  } catch {
    return true;
  }
}

/**
 * Fuzzes the GraphQL API: a real server (createServer over the embedded store, filled by the real
 * ingest of the corpus) on a loopback port gets generated and mutated operations from `concurrency`
 * fast-check runners at once. Each answer must have an allowed status and no internal error; a
 * failing request is shrunk by fast-check and reported with its seed. Afterwards /healthz must answer.
 */
export async function fuzzApi(options: ApiFuzzOptions): Promise<ApiFuzzFigures> {
  const started = performance.now();
  const concurrency = options.concurrency ?? 4;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const store = new MemoryGraphStore();
  const { batch } = await runIngest({ sources: [corpusDir()] });
  await store.replaceGraph(batch);
  const server = await createServer({ store, config: { port: 0, host: '127.0.0.1', corsOrigins: [], cacheMaxAge: 0, maxBodyBytes: 100 * 1024 } });
  const listener = await new Promise<http.Server>((resolve) => {
    const s = server.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = new URL(`http://127.0.0.1:${(listener.address() as AddressInfo).port}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

  const figures: ApiFuzzFigures = { seed: options.seed, operations: 0, families: {}, statusCounts: {}, fiveXx: 0, unexpected: 0, internalErrors: 0, noAnswer: 0, uncaught: 0, healthyAfter: false, durationMs: 0 };
  const onUncaught = () => figures.uncaught++;
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);

  const ids = batch.nodes.filter((_, i) => i % Math.max(1, Math.floor(batch.nodes.length / 300)) === 0).map((n) => n.id);
  const arbitrary = operationArbitrary({ schema: await buildKgSchema(), ids });
  /** One runner's property. After its first failure fast-check shrinks, re-sending smaller requests: those are not counted. */
  const propertyOfRunner = () => {
    let failedOnce = false;
    return fc.asyncProperty(arbitrary, async (op) => {
      try {
        await check(op, !failedOnce);
      } catch (error) {
        failedOnce = true;
        throw error;
      }
    });
  };
  const check = async (op: FuzzOperation, counted: boolean) => {
    if (counted) {
      figures.operations++;
      figures.families[op.family] = (figures.families[op.family] ?? 0) + 1;
    }
    let answer: Answer;
    try {
      answer = await send(agent, base, op, timeoutMs);
    } catch (error) {
      if (counted) figures.noAnswer++;
      throw new Error(`no answer: ${(error as Error).message}`);
    }
    if (counted) figures.statusCounts[answer.status] = (figures.statusCounts[answer.status] ?? 0) + 1;
    if (!allowedStatuses(op).includes(answer.status)) {
      if (counted) {
        figures.unexpected++;
        if (answer.status >= 500) figures.fiveXx++;
      }
      throw new Error(`status ${answer.status}: ${answer.body.slice(0, 300)}`);
    }
    if (hasInternalError(answer.body)) {
      if (counted) figures.internalErrors++;
      throw new Error(`internal error behind status ${answer.status}: ${answer.body.slice(0, 300)}`);
    }
  };

  try {
    const runners = Array.from({ length: concurrency }, (_, i) =>
      fc.check(propertyOfRunner(), { numRuns: Math.ceil(options.runs / concurrency), seed: options.seed + i }),
    );
    const failed = (await Promise.all(runners)).find((d) => d.failed);
    if (failed) figures.failure = fc.defaultReportMessage(failed) ?? 'failed';
    const health = await send(agent, base, { family: 'health', method: 'GET', path: '/healthz', headers: {} }, timeoutMs).catch(() => undefined);
    figures.healthyAfter = health?.status === 200;
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    agent.destroy();
    await new Promise((resolve) => listener.close(resolve));
    await server.close();
  }
  figures.durationMs = performance.now() - started;
  return figures;
}
