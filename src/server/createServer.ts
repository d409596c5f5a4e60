import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { introspectionFromSchema } from 'graphql';
import { buildKgSchema } from '../graphql/buildKgSchema';
import { createKgContext, type KgContext } from '../graphql/KgContext';
import type { GraphStore } from '../store/GraphStore';
import type { ServerConfig } from './config';
import { explorerRouter } from './explorer/explorerRouter';
import { formatError } from './formatError';
import { instrumentStore } from './instrumentStore';
import { costLimitPlugin } from './limits/costLimitPlugin';
import { knownOperationTypesRule } from './limits/knownOperationTypesRule';
import { QUERY_LIMITS } from './limits/queryLimits';
import { tokenLimit } from './limits/tokenLimit';
import { Metrics } from './metrics';
import { PLAYGROUND_ASSETS, playgroundPage } from './playground/playgroundPage';
import { reportsRouter } from './reports/reportsRouter';

export interface KgServer {
  app: express.Express;
  metrics: Metrics;
  close(): Promise<void>;
}

/** First path segments that /metrics reports by name; everything else is counted as `other`. */
const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/metrics', '/assets', '/reports', '/explore']);

/** Static files of the playground, from the packages that ship them (no CDN). */
const ASSETS: Record<string, [string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

/** A file inside an installed package, found from the package's entry (its `exports` may hide the file itself). */
function packageFile(name: string, file: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === name.split('/').pop() && existsSync(path.join(dir, 'package.json'))) return path.join(dir, file);
  }
  throw new Error(`cannot find ${file} in the package ${name}`);
}

/**
 * Builds the HTTP application around a store: GraphQL at /graphql (GraphiQL for browsers), /healthz
 * and /metrics. Does not listen; `listen.ts` does, and tests use the app directly.
 */
export async function createServer({ store, config }: { store: GraphStore; config: ServerConfig }): Promise<KgServer> {
  const metrics = new Metrics();
  const counted = instrumentStore(store, { count: (method) => metrics.storeCalls.inc({ method }) });
  const schema = await buildKgSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // Tokens are counted before parsing, by our own middleware (armor's check answers 500).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
    costLimit: { enabled: false },
  }).protect();
  const errorCounter: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
  const cacheHeaders: ApolloServerPlugin = {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          // Dashboards poll with GET: a successful GET answer may be cached; POSTs and errors never.
          const ok = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', request.http?.method === 'GET' && ok ? `public, max-age=${config.cacheMaxAge}` : 'no-store');
        },
      };
    },
  };
  const apollo = new ApolloServer<KgContext>({
    schema,
    formatError,
    csrfPrevention: true,
    introspection: true,
    allowBatchedHttpRequests: false,
    // listen.ts drains requests on SIGTERM; Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [...armor.validationRules, knownOperationTypesRule],
    plugins: [...armor.plugins, costLimitPlugin(schema), errorCounter, cacheHeaders, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    // Label by the route's first segment, never the raw path: random paths must not grow the label set.
    const first = `/${req.path.split('/')[1] ?? ''}`;
    const route = KNOWN_ROUTES.has(first) ? first : 'other';
    const stop = metrics.latency.startTimer({ route });
    res.on('finish', () => {
      stop();
      metrics.requests.inc({ route, status: String(res.statusCode) });
    });
    next();
  });

  app.get('/healthz', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', store: health });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  for (const [name, [pkg, file]] of Object.entries(ASSETS)) {
    const full = packageFile(pkg, file);
    app.get(`${PLAYGROUND_ASSETS}/${name}`, (_req, res) => res.sendFile(full, { maxAge: '7d' }));
  }

  const page = playgroundPage(introspectionFromSchema(schema));
  const corsOptions = cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, methods: ['GET', 'POST'] });
  app.get('/graphql', (req, res, next) => {
    // Browsers asking for a page get the playground; dashboards sending a query get an answer.
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(page);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    corsOptions,
    express.json({ limit: config.maxBodyBytes }),
    tokenLimit(QUERY_LIMITS.tokens),
    expressMiddleware(apollo, { context: async () => createKgContext(counted) }),
  );

  app.use('/reports', reportsRouter({ apollo, schema, store: counted, config }));
  app.use(explorerRouter());

  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const status = (error as { status?: number }).status ?? 500;
    if (res.headersSent) return next(error);
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `the request body is larger than ${config.maxBodyBytes / 1024} KB` : status < 500 ? 'the request body is not valid JSON' : 'internal error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(bodyErrors);

  return { app, metrics, close: () => apollo.stop() };
}
