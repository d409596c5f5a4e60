import type { ReportColumn } from './loadReportQuery';

/** One cell of a report: a scalar, so that JSON and CSV say the same thing. */
export type Cell = string | number | boolean | null;

/** One row of a report, its columns in the report's order. */
export type Row = Record<string, Cell>;

/** Separator between the values of a list in one cell (e.g. cited article numbers "9; 10; 16"). */
export const LIST_SEPARATOR = '; ';

/**
 * Turns a query's answer into flat rows: the list at `rowsPath` gives one row per item, and each
 * column follows its dot-path into the item. A name crossing a list takes that field of every item;
 * a number picks one item; lists left at the end are joined with `; ` (or counted, for count()).
 */
export function flattenRows(data: unknown, rowsPath: readonly string[], columns: readonly ReportColumn[]): Row[] {
  const items = pick(data, rowsPath);
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    const row: Row = {};
    for (const column of columns) {
      const value = pick(item, column.path);
      row[column.name] = column.count ? count(value) : cell(value);
    }
    return row;
  });
}

function pick(value: unknown, path: readonly string[]): unknown {
  if (value === null || value === undefined) return null;
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(head)) return pick(value[Number(head)], rest);
    return value.flatMap((item) => {
      const picked = pick(item, path);
      return picked === null ? [] : Array.isArray(picked) ? picked : [picked];
    });
  }
  if (typeof value === 'object') return pick((value as Record<string, unknown>)[head], rest);
  return null;
}

function count(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Array.isArray(value) ? value.length : 1;
}

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(String).join(LIST_SEPARATOR);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
