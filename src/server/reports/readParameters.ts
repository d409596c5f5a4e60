import { getVariableValues, type GraphQLSchema } from 'graphql';
import type { ReportParameter, ReportQuery } from './loadReportQuery';
import { ReportRequestError } from './ReportRequestError';

/** Bounds on query-string values: they end up as GraphQL variables, so keep them small. */
export const PARAMETER_LIMITS = { length: 200, listItems: 20 } as const;

const INT = /^[+-]?\d{1,10}$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Maps a request's query string onto a report query's variables, checking names, types and sizes:
 * unknown names, missing required values, malformed or oversize values are a 400 naming the
 * parameter. Lists are given comma-separated or by repeating the parameter.
 */
export function readParameters(schema: GraphQLSchema, query: ReportQuery, input: Record<string, unknown>): Record<string, unknown> {
  const byName = new Map(query.parameters.map((p) => [p.name, p]));
  const accepted = query.parameters.length > 0 ? `accepted: ${query.parameters.map((p) => p.name).join(', ')}` : 'it takes none';
  const variables: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(input)) {
    const parameter = byName.get(name);
    if (!parameter) throw new ReportRequestError(400, 'UNKNOWN_PARAMETER', `${query.name} has no parameter "${clip(name)}"; ${accepted}`);
    variables[name] = convert(parameter, raw);
  }
  for (const parameter of query.parameters) {
    if (parameter.required && variables[parameter.name] === undefined) {
      throw new ReportRequestError(400, 'MISSING_PARAMETER', `${query.name} needs the parameter "${parameter.name}" (${parameter.type})`);
    }
  }
  // The converted values still pass GraphQL's own coercion (e.g. Int is 32-bit), as /graphql would apply it.
  const coerced = getVariableValues(schema, query.variableDefinitions, variables);
  if (coerced.errors) {
    throw new ReportRequestError(400, 'BAD_PARAMETER', coerced.errors.map((e) => e.message.replace(/^Variable "\$(\w+)"/, 'parameter "$1"')).join('; '));
  }
  return variables;
}

function convert(parameter: ReportParameter, raw: unknown): unknown {
  const given = (Array.isArray(raw) ? raw : [raw]).map((v) => (typeof v === 'string' ? v : undefined));
  if (given.some((v) => v === undefined)) throw new ReportRequestError(400, 'BAD_PARAMETER', `parameter "${parameter.name}" must be plain text`);
  const texts = given as string[];
  if (texts.some((t) => t.length > PARAMETER_LIMITS.length)) {
    throw new ReportRequestError(400, 'PARAMETER_TOO_LONG', `parameter "${parameter.name}" may be at most ${PARAMETER_LIMITS.length} characters`);
  }
  if (!parameter.list) {
    if (texts.length > 1) throw new ReportRequestError(400, 'BAD_PARAMETER', `parameter "${parameter.name}" is given ${texts.length} times; give it once`);
    return scalar(parameter, texts[0] as string);
  }
  const items = texts.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  if (items.length > PARAMETER_LIMITS.listItems) {
    throw new ReportRequestError(400, 'PARAMETER_TOO_LONG', `parameter "${parameter.name}" may list at most ${PARAMETER_LIMITS.listItems} values`);
  }
  return items.map((item) => scalar(parameter, item));
}

function scalar(parameter: ReportParameter, text: string): unknown {
  const value = text.trim();
  const bad = (expected: string) => new ReportRequestError(400, 'BAD_PARAMETER', `parameter "${parameter.name}" must be ${expected}, got "${clip(value)}"`);
  switch (parameter.scalar) {
    case 'Int':
      if (!INT.test(value)) throw bad('an integer');
      return Number(value);
    case 'Float':
      if (!FLOAT.test(value)) throw bad('a number');
      return Number(value);
    case 'Boolean':
      if (value !== 'true' && value !== 'false') throw bad('true or false');
      return value === 'true';
    default:
      if (value === '') throw bad('a non-empty text');
      return value;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
