import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import { stringify } from 'csv-stringify/sync';
import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createKgContext, type KgContext } from '../../graphql/KgContext';
import type { GraphStore } from '../../store/GraphStore';
import type { ServerConfig } from '../config';
import { flattenRows, type Row } from './flattenRows';
import type { ReportQuery } from './loadReportQuery';
import { EDGE_FRAME_FIELDS, NODE_FRAME_FIELDS, nodeGraphFrames, type FrameEdgeInput, type FrameNodeInput } from './nodeGraphFrames';
import { readParameters } from './readParameters';
import { loadReportCatalog } from './reportCatalog';
import { ReportRequestError, type ReportErrorCode } from './ReportRequestError';
import { reportsDirectory } from './reportsDirectory';

/** What the reports need from the server: the same Apollo instance, schema and store as /graphql. */
export interface ReportsRouterOptions {
  apollo: ApolloServer<KgContext>;
  schema: GraphQLSchema;
  store: GraphStore;
  config: ServerConfig;
  /** The folder of report queries; `schema/reports` of the project unless given (tests). */
  directory?: string;
}

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|csv)$/;
const FRAME = /^(nodes|edges)\.(json|csv)$/;
/** Codes that mean "the request was wrong", answered 400 even when GraphQL said 200 with errors. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COSTLY', 'BAD_REQUEST']);

/**
 * Dashboards over GET, mounted at /reports: the list of reports (`/reports`), each report's rows as
 * JSON or CSV (`/reports/<name>.json|.csv?param=…`) and Grafana node-graph frames of a neighbourhood
 * (`/reports/graph/nodes.json|edges.json?id=…`). Every answer comes from a query in
 * `schema/reports/`, run through the same Apollo server (limits, error masking, metrics) with a fresh
 * per-request context. The queries are loaded and validated here, so a broken one stops the start.
 */
export function reportsRouter({ apollo, schema, store, config, directory = reportsDirectory() }: ReportsRouterOptions): Router {
  const catalog = loadReportCatalog(schema, directory);
  const router = express.Router();
  router.use(cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, methods: ['GET'] }));

  const run = async (query: ReportQuery, req: Request): Promise<Record<string, unknown>> => {
    const variables = readParameters(schema, query, req.query as Record<string, unknown>);
    const response = await apollo.executeOperation(
      { query: query.source, operationName: query.operationName, variables },
      { contextValue: createKgContext(store) },
    );
    if (response.body.kind !== 'single') throw new ReportRequestError(500, 'INTERNAL_SERVER_ERROR', 'internal error');
    const { data, errors } = response.body.singleResult;
    const first = errors?.[0];
    if (first) {
      const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      throw new ReportRequestError(statusOf(code), code as ReportErrorCode, first.message);
    }
    return (data ?? {}) as Record<string, unknown>;
  };

  const send = (res: Response, format: string, name: string, columns: string[], rows: Row[]) => {
    res.set('cache-control', `public, max-age=${config.cacheMaxAge}`);
    if (format === 'json') {
      res.json(rows);
      return;
    }
    // Booleans as true/false (csv-stringify's default writes 1 and an empty cell).
    const csv = stringify(rows, { header: true, columns, cast: { boolean: (value) => String(value) } });
    res.type('text/csv; charset=utf-8').set('content-disposition', `inline; filename="${name}.csv"`).send(csv);
  };

  router.get('/', (req, res) => {
    const base = req.baseUrl;
    res.set('cache-control', `public, max-age=${config.cacheMaxAge}`).json({
      reports: [...catalog.reports.values()].map((report) => ({
        name: report.name,
        description: report.description,
        parameters: report.parameters,
        columns: report.columns.map((c) => c.name),
        json: `${base}/${report.name}.json`,
        csv: `${base}/${report.name}.csv`,
        file: report.file,
        query: report.source,
      })),
      nodeGraph: {
        description: catalog.neighbourhood.description,
        parameters: catalog.neighbourhood.parameters,
        nodes: `${base}/graph/nodes.json`,
        edges: `${base}/graph/edges.json`,
        file: catalog.neighbourhood.file,
        query: catalog.neighbourhood.source,
      },
    });
  });

  router.get('/graph/:file', async (req, res) => {
    try {
      const match = FRAME.exec(req.params.file);
      if (!match) throw new ReportRequestError(404, 'UNKNOWN_REPORT', `no node-graph frame "${clip(req.params.file)}"; use graph/nodes.json or graph/edges.json (or .csv)`);
      const [, frame = 'nodes', format = 'json'] = match;
      const data = await run(catalog.neighbourhood, req);
      const subgraph = (data.neighborhood ?? { nodes: [], edges: [] }) as { nodes: FrameNodeInput[]; edges: FrameEdgeInput[] };
      const frames = nodeGraphFrames(String(req.query.id), subgraph.nodes, subgraph.edges);
      const [rows, fields] = frame === 'nodes' ? [frames.nodes, NODE_FRAME_FIELDS] : [frames.edges, EDGE_FRAME_FIELDS];
      send(res, format, `graph-${frame}`, [...fields], rows);
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/:file', async (req, res) => {
    try {
      const match = FILE.exec(req.params.file);
      const report = match ? catalog.reports.get(match[1] as string) : undefined;
      if (!match || !report) {
        const known = [...catalog.reports.keys()].join(', ');
        throw new ReportRequestError(404, 'UNKNOWN_REPORT', `no report "${clip(req.params.file)}"; ask for <name>.json or <name>.csv, with one of: ${known}`);
      }
      const data = await run(report, req);
      const columns = report.columns.map((c) => c.name);
      send(res, match[2] as string, report.name, columns, flattenRows(data, report.rows ?? [], report.columns));
    } catch (error) {
      fail(res, error);
    }
  });

  return router;
}

/** Answers an error as the rest of the API does: `{ errors: [{ message, extensions: { code } }] }`, never cached. */
function fail(res: Response, error: unknown): void {
  const known = error instanceof ReportRequestError;
  const status = known ? error.status : 500;
  const code = known ? error.code : 'INTERNAL_SERVER_ERROR';
  const message = known ? error.message : 'internal error';
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
}

function statusOf(code: string): number {
  if (CLIENT_CODES.has(code)) return 400;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'STORE_UNAVAILABLE') return 503;
  return 500;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
