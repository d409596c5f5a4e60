import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
  type VariableDefinitionNode,
} from 'graphql';
import { KgError } from '../../domain/errors';
import { countTokens } from '../limits/tokenLimit';
import { QUERY_LIMITS } from '../limits/queryLimits';

/** The scalar types a report parameter may have: a query-string value converts to each without ambiguity. */
export type ParameterScalar = 'Int' | 'Float' | 'Boolean' | 'String' | 'ID';

/** One variable of a report's query, as a query-string parameter. */
export interface ReportParameter {
  name: string;
  /** The GraphQL type as written, e.g. `Int`, `String!`, `[String!]`. */
  type: string;
  scalar: ParameterScalar;
  list: boolean;
  /** Non-null without a default: the request must give it. */
  required: boolean;
  default?: unknown;
  description?: string;
}

/** One column of a report's rows: a dot-path into each row item, or the length of a list there. */
export interface ReportColumn {
  name: string;
  path: string[];
  count: boolean;
}

/** A validated query from `schema/reports/`, with what it accepts and how its answer becomes rows. */
export interface ReportQuery {
  name: string;
  /** The file, relative to the project root, for messages and the report listing. */
  file: string;
  description: string;
  source: string;
  operationName: string;
  document: DocumentNode;
  variableDefinitions: readonly VariableDefinitionNode[];
  parameters: ReportParameter[];
  /** Response keys from the root to the list whose items are the rows; absent for queries that are not tables. */
  rows?: string[];
  columns: ReportColumn[];
}

interface Cursor {
  type: GraphQLOutputType;
  selectionSet?: SelectionSetNode;
  /** A list was crossed by name: the path now yields one value per item. */
  mapped: boolean;
}

const SCALARS = new Set<string>(['Int', 'Float', 'Boolean', 'String', 'ID']);
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

/**
 * Reads one report file and checks it against the schema: one named query, valid, within the token
 * limit, with scalar variables, and with `@rows`/`@column` paths that the query really selects. Any
 * problem is a CONFIG_INVALID error naming the file, so a broken report stops the server at start.
 *
 * Header comments carry what GraphQL has no place for: a description, `@param name text`,
 * `@rows a.b` (the list whose items are rows) and `@column name = path` or `= count(path)`.
 */
export function loadReportQuery(schema: GraphQLSchema, file: string, root: string): ReportQuery {
  const shown = path.relative(root, file).split(path.sep).join('/');
  const fail = (problem: string): never => {
    throw new KgError('CONFIG_INVALID', `report ${shown}: ${problem}`);
  };
  const source = readFileSync(file, 'utf8');
  const header = readHeader(source, fail);

  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    return fail((error as GraphQLError).message);
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) fail(`needs exactly one operation, found ${operations.length}`);
  const operation = operations[0] as OperationDefinitionNode;
  if (operation.operation !== 'query') fail(`must be a query, not a ${operation.operation}`);
  if (!operation.name) fail('the query needs a name');
  const errors = validate(schema, document);
  if (errors.length > 0) fail(errors.map((e) => e.message).join('; '));
  if (countTokens(source, QUERY_LIMITS.tokens) > QUERY_LIMITS.tokens) fail(`has more than ${QUERY_LIMITS.tokens} tokens`);

  const variableDefinitions = operation.variableDefinitions ?? [];
  const parameters = variableDefinitions.map((definition) => toParameter(schema, definition, header.params, fail));
  for (const name of header.params.keys()) {
    if (!parameters.some((p) => p.name === name)) fail(`@param ${name} names no variable of the query`);
  }

  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const step = (cursor: Cursor, segment: string, where: string): Cursor => stepInto(schema, fragments, cursor, segment, (p) => fail(`${where}: ${p}`));
  let columns: ReportColumn[] = [];
  if (header.rows) {
    const queryType = schema.getQueryType();
    if (!queryType) return fail('the schema has no query type');
    let cursor: Cursor = { type: queryType, selectionSet: operation.selectionSet, mapped: false };
    for (const segment of header.rows) cursor = step(cursor, segment, `@rows ${header.rows.join('.')}`);
    const listType = isNonNullType(cursor.type) ? cursor.type.ofType : cursor.type;
    if (!isListType(listType) || cursor.mapped) fail(`@rows ${header.rows.join('.')} must end at a list, with no list before it`);
    const itemStart: Cursor = { type: (listType as { ofType: GraphQLOutputType }).ofType, selectionSet: cursor.selectionSet, mapped: false };
    if (header.columns.length === 0) fail('a report with @rows needs at least one @column');
    columns = header.columns.map((column) => {
      const where = `@column ${column.name}`;
      let c = itemStart;
      for (const segment of column.path) c = step(c, segment, where);
      const bare = isNonNullType(c.type) ? c.type.ofType : c.type;
      if (column.count && !isListType(bare) && !c.mapped) fail(`${where}: count() needs a list`);
      if (!column.count && !isLeafType(getNamedType(c.type))) fail(`${where}: ${column.path.join('.')} is an object; name a field under it`);
      return column;
    });
  } else if (header.columns.length > 0) {
    fail('@column needs @rows');
  }

  return {
    name: path.basename(file, '.graphql'),
    file: shown,
    description: header.description,
    source,
    operationName: (operation.name as { value: string }).value,
    document,
    variableDefinitions,
    parameters,
    rows: header.rows,
    columns,
  };
}

interface Header {
  description: string;
  params: Map<string, string>;
  rows?: string[];
  columns: ReportColumn[];
}

/** The leading `#` lines of the file: description text, then `@` lines. */
function readHeader(source: string, fail: (problem: string) => never): Header {
  const header: Header = { description: '', params: new Map(), columns: [] };
  const text: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#\s?/, '').trim();
    if (!body.startsWith('@')) {
      if (body) text.push(body);
      continue;
    }
    const [, tag = '', rest = ''] = /^@(\w+)\s*(.*)$/.exec(body) ?? [];
    if (tag === 'param') {
      const [, name = '', description = ''] = /^(\w+)\s*(.*)$/.exec(rest) ?? [];
      if (!name) fail(`@param needs a variable name: "${body}"`);
      header.params.set(name, description);
    } else if (tag === 'rows') {
      if (!PATH.test(rest)) fail(`@rows needs a path like stats.nodesPerKind: "${body}"`);
      header.rows = rest.split('.');
    } else if (tag === 'column') {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:count\(\s*([^)\s]+)\s*\)|(\S+))$/.exec(rest);
      const expression = match?.[2] ?? match?.[3];
      if (!match || !expression || !PATH.test(expression)) fail(`@column needs "name = path" or "name = count(path)": "${body}"`);
      const name = (match as RegExpExecArray)[1] as string;
      if (header.columns.some((c) => c.name === name)) fail(`@column ${name} is given twice`);
      header.columns.push({ name, path: (expression as string).split('.'), count: match?.[2] !== undefined });
    } else {
      fail(`unknown header tag @${tag}; use @param, @rows or @column`);
    }
  }
  header.description = text.join(' ');
  if (!header.description) fail('needs a description in its first comment lines');
  return header;
}

function toParameter(schema: GraphQLSchema, definition: VariableDefinitionNode, descriptions: Map<string, string>, fail: (problem: string) => never): ReportParameter {
  const name = definition.variable.name.value;
  const type = typeFromAST(schema, definition.type);
  if (!type) return fail(`variable $${name} has an unknown type`);
  const outer = isNonNullType(type) ? type.ofType : type;
  const list = isListType(outer);
  const named = getNamedType(type);
  const inner = list ? (outer as { ofType: GraphQLInputType }).ofType : outer;
  const nested = isListType(isNonNullType(inner) ? inner.ofType : inner);
  // Only scalars (or one list of them) map cleanly onto query-string values.
  if (!SCALARS.has(named.name) || nested) {
    fail(`variable $${name} has type ${String(type)}; report parameters must be Int, Float, Boolean, String or ID, or a list of one`);
  }
  const parameter: ReportParameter = {
    name,
    type: String(type),
    scalar: named.name as ParameterScalar,
    list,
    required: isNonNullType(type) && !definition.defaultValue,
  };
  if (definition.defaultValue) parameter.default = valueFromASTUntyped(definition.defaultValue);
  const description = descriptions.get(name);
  if (description) parameter.description = description;
  return parameter;
}

/** Follows one path segment through the query's selections and the schema's types. */
function stepInto(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  cursor: Cursor,
  segment: string,
  fail: (problem: string) => never,
): Cursor {
  let type: GraphQLOutputType = isNonNullType(cursor.type) ? cursor.type.ofType : cursor.type;
  if (/^\d+$/.test(segment)) {
    if (!isListType(type)) return fail(`"${segment}" indexes something that is not a list`);
    return { type: type.ofType as GraphQLOutputType, selectionSet: cursor.selectionSet, mapped: cursor.mapped };
  }
  let mapped = cursor.mapped;
  while (isListType(type) || isNonNullType(type)) {
    if (isListType(type)) mapped = true;
    type = type.ofType as GraphQLOutputType;
  }
  if (!isCompositeType(type) || !cursor.selectionSet) return fail(`"${segment}" is below a scalar`);
  const found = findField(schema, fragments, type, cursor.selectionSet, segment);
  if (!found) return fail(`the query selects no "${segment}" there`);
  return { type: found.field.type, selectionSet: found.node.selectionSet, mapped };
}

function findField(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLCompositeType,
  set: SelectionSetNode,
  key: string,
): { field: GraphQLField<unknown, unknown>; node: FieldNode } | undefined {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias?.value ?? selection.name.value) !== key) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (field) return { field, node: selection };
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment) continue;
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
    if (!condition || !isCompositeType(condition)) continue;
    const found = findField(schema, fragments, condition, fragment.selectionSet, key);
    if (found) return found;
  }
  return undefined;
}
