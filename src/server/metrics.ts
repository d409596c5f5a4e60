import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics, in a registry of their own so that every server instance has its own. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'kg_http_requests_total', help: 'HTTP requests by route and status.', labelNames: ['route', 'status'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'kg_http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'kg_graphql_errors_total', help: 'GraphQL errors by code.', labelNames: ['code'], registers: [this.registry] });
  readonly storeCalls = new Counter({ name: 'kg_store_calls_total', help: 'Graph store calls by method.', labelNames: ['method'], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
