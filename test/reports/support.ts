import { parse } from 'csv-parse/sync';
import type { Cell, Row } from '../../src/server/reports/flattenRows';

/** An answer of a report endpoint: status, headers and the body as text and (when it is JSON) parsed. */
export interface ReportAnswer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by assertions, not types
  json: any;
}

/** GETs a path of a running API, optionally from a browser origin. */
export async function getReport(url: string, path: string, origin?: string): Promise<ReportAnswer> {
  const response = await fetch(`${url}${path}`, { headers: origin ? { origin } : {} });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** CSV text read back with csv-parse, a header row naming the columns. */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Rows as CSV carries them: every cell text, a missing value empty. */
export function asCsvText(rows: Row[]): Record<string, string>[] {
  const text = (cell: Cell) => (cell === null ? '' : String(cell));
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, text(cell)])));
}
