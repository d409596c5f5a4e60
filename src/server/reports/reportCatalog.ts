import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { KgError } from '../../domain/errors';
import { loadReportQuery, type ReportQuery } from './loadReportQuery';

/** The reports the server offers, by name, and the node-graph query; all validated at start. */
export interface ReportCatalog {
  reports: Map<string, ReportQuery>;
  neighbourhood: ReportQuery;
}

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Loads every `<name>.graphql` in the reports folder (one report each; each must have `@rows`) and
 * `graph/neighbourhood.graphql` for the node graph. Throws CONFIG_INVALID naming the file at fault.
 */
export function loadReportCatalog(schema: GraphQLSchema, directory: string): ReportCatalog {
  const root = path.resolve(directory, '..', '..');
  const reports = new Map<string, ReportQuery>();
  const files = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => entry.name)
    .sort();
  for (const file of files) {
    const name = path.basename(file, '.graphql');
    // Names become URLs: keep them lower-case words joined by hyphens.
    if (!NAME.test(name)) throw new KgError('CONFIG_INVALID', `report schema/reports/${file}: the file name must be lower-case words joined by hyphens`);
    const report = loadReportQuery(schema, path.join(directory, file), root);
    if (!report.rows) throw new KgError('CONFIG_INVALID', `report ${report.file}: needs @rows naming the list whose items are its rows`);
    reports.set(name, report);
  }
  if (reports.size === 0) throw new KgError('CONFIG_INVALID', `no reports found in ${directory}`);
  const neighbourhood = loadReportQuery(schema, path.join(directory, 'graph', 'neighbourhood.graphql'), root);
  if (!neighbourhood.parameters.some((p) => p.name === 'id')) throw new KgError('CONFIG_INVALID', `report ${neighbourhood.file}: needs an $id variable`);
  return { reports, neighbourhood };
}
