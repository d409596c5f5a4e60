import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { EXAMPLE_QUERIES } from '../../src/server/playground/exampleQueries';

/** One HTTP request the API fuzzer sends. */
export interface FuzzOperation {
  /** Which generator made it: read it in a failure report and in the figures. */
  family: string;
  method: string;
  /** Path with its query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What the generators draw values from: the served schema and real ids of the served graph. */
export interface OperationContext {
  schema: GraphQLSchema;
  /** Node ids of the served graph (a sample). */
  ids: readonly string[];
}

/** Nesting beyond the depth limit (8), so that refusals are generated as well as answers. */
const MAX_GENERATED_DEPTH = 10;
const JSON_HEADERS = { 'content-type': 'application/json' };

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const show = (op: FuzzOperation) => {
  const body = op.body === undefined ? '' : ` ${JSON.stringify(op.body.length > 600 ? `${op.body.slice(0, 600)}…(+${op.body.length - 600} chars)` : op.body)}`;
  const path = op.path.length > 600 ? `${op.path.slice(0, 600)}…` : op.path;
  return `${op.family}: ${op.method} ${path} ${JSON.stringify(op.headers)}${body}`;
};
/** An operation that fast-check prints readably (bodies cut at 600 characters). */
const operation = (op: FuzzOperation): FuzzOperation => Object.assign(op, { [fc.toStringMethod]: () => show(op) });
const post = (family: string, body: string, headers: Record<string, string> = JSON_HEADERS) => operation({ family, method: 'POST', path: '/graphql', headers, body });

/** Strings a client might send as an argument: real ids and citations, odd text, injection attempts, huge text. */
function stringValues(ctx: OperationContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: pick(ctx.ids) },
    {
      weight: 4,
      arbitrary: pick([
        'Artikel 16(j) AI-verordening',
        'art. 6:185 BW',
        '55(1)(d) AI Act',
        'Artikel 99999(zz) AI-verordening',
        'artikel 1 tot en met 999999 AVG',
        'aanbieder',
        'gebruiksverantwoordelijke',
        'zorgaanbieder',
        'producent',
        'eu:reg/2024/1689',
        'AVG',
        '2026-01-01',
        '2026-02-30',
        '9999-99-99',
        '',
        ' ',
        'Requirement',
        'CITES',
      ]),
    },
    { weight: 2, arbitrary: pick(['") { id } }', "' OR 1=1 --", 'MATCH (n) DETACH DELETE n', '$where', '__proto__', 'constructor', '../../etc/passwd', '\u0000', '\ud800', '*', '~', '"', '\\', 'a'.repeat(5000)]) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  );
}

/** Integers around the limits (first ≤ 100, depth ≤ 4, maxHops ≤ 10) and the 32-bit edges. */
const intValues = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.integer({ min: 0, max: 600 }), pick([2147483647, -2147483648, 99, 100, 101, 500, 501]));

/** A literal for an argument of type `type`; now and then of a wrong type. */
function literal(type: GraphQLInputType, ctx: OperationContext, depth = 0): fc.Arbitrary<string> {
  const wrong = pick(['null', '"x"', '1', '1.5', 'true', '[1]', '{a: 1}', '2147483648', '1e400', 'ENUM_VALUE', '$undeclared']);
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: literal(type.ofType, ctx, depth) }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) {
    return fc.oneof(
      fc.array(literal(type.ofType as GraphQLInputType, ctx, depth + 1), { maxLength: depth > 1 ? 2 : 6 }).map((items) => `[${items.join(', ')}]`),
      literal(type.ofType as GraphQLInputType, ctx, depth + 1), // a single value where a list is expected is valid GraphQL
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.subarray(fields, { minLength: 0 }).chain((chosen) =>
      fc.tuple(...chosen.map((f) => literal(f.type, ctx, depth + 1).map((v) => `${f.name}: ${v}`))).map((parts) => `{${parts.join(', ')}}`),
    );
  }
  const typed = isScalarType(type)
    ? type.name === 'Int'
      ? intValues.map(String)
      : type.name === 'Float'
        ? fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)
        : type.name === 'Boolean'
          ? fc.boolean().map(String)
          : stringValues(ctx).map((s) => JSON.stringify(s))
    : fc.constant('null');
  return fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: wrong });
}

/** The arguments of a field: required ones almost always, optional ones now and then. */
function argumentsOf(field: GraphQLField<unknown, unknown>, ctx: OperationContext): fc.Arbitrary<string> {
  if (field.args.length === 0) return fc.constant('');
  return fc
    .tuple(...field.args.map((arg) => fc.option(literal(arg.type, ctx), { freq: isNonNullType(arg.type) ? 20 : 2, nil: undefined }).map((v) => (v === undefined ? '' : `${arg.name}: ${v}`))))
    .map((parts) => {
      const given = parts.filter(Boolean);
      return given.length ? `(${given.join(', ')})` : '';
    });
}

/**
 * Queries over the real schema: random root fields with random arguments, random sub-selections
 * (aliases, inline fragments on interfaces, `__typename`) down to a random depth, past the limit.
 */
function schemaQueries(ctx: OperationContext): fc.Arbitrary<string> {
  const memo = new Map<string, fc.Arbitrary<string>>();
  const selectionOf = (type: GraphQLNamedType, depth: number): fc.Arbitrary<string> => {
    const key = `${type.name}@${depth}`;
    const known = memo.get(key);
    if (known) return known;
    // Built lazily, so the recursion through the schema goes only as deep as a generated query does.
    const arbitrary = fc.constant(null).chain(() => {
      if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant('{ __typename }');
      const fields = Object.values(type.getFields());
      const fieldArbitrary = fc.constantFrom(...fields).chain((field) => {
        const named = getNamedType(field.type);
        const sub = isCompositeType(named) ? (depth >= MAX_GENERATED_DEPTH ? fc.constant('{ __typename }') : selectionOf(named, depth + 1)) : fc.constant('');
        return fc.tuple(fc.option(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/), { freq: 6, nil: undefined }), argumentsOf(field, ctx), sub).map(([alias, args, s]) => `${alias ? `${alias}: ` : ''}${field.name}${args} ${s}`.trim());
      });
      const fragments = isInterfaceType(type)
        ? ctx.schema.getPossibleTypes(type).map((t) => (depth >= MAX_GENERATED_DEPTH ? fc.constant(`... on ${t.name} { __typename }`) : selectionOf(t, depth + 1).map((s) => `... on ${t.name} ${s}`)))
        : [];
      const item = fragments.length ? fc.oneof({ weight: 4, arbitrary: fieldArbitrary }, { weight: 1, arbitrary: fc.oneof(...fragments) }, { weight: 1, arbitrary: fc.constant('__typename') }) : fc.oneof({ weight: 6, arbitrary: fieldArbitrary }, { weight: 1, arbitrary: fc.constant('__typename') });
      return fc.array(item, { minLength: 1, maxLength: depth < 2 ? 4 : 2 }).map((items) => `{ ${items.join(' ')} }`);
    });
    memo.set(key, arbitrary);
    return arbitrary;
  };
  return fc.tuple(selectionOf(ctx.schema.getQueryType() as GraphQLObjectType, 1), pick(['', 'query ', 'query Named '])).map(([selection, keyword]) => `${keyword}${selection}`);
}

/** Queries meant to be refused: too deep, too wide, too many aliases, fragments that cycle or fan out. */
function abusiveQueries(ctx: OperationContext): fc.Arbitrary<string> {
  const id = pick(ctx.ids).map((s) => JSON.stringify(s));
  return fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 60 }), id).map(([n, ref]) => {
      let selection = 'id';
      for (let i = 0; i < n; i++) selection = `parent { id ... on Provision { ${selection} } }`;
      return `{ provision(ref: ${ref}) { ${selection} } }`;
    }),
    fc.tuple(fc.integer({ min: 1, max: 40 }), pick(['stats { nodesPerKind { count } }', 'node(id: "role:aanbieder") { id }', 'requirements(first: 100) { totalCount }', 'search(text: "a", first: 100) { score }', '__schema { types { name } }'])).map(([n, field]) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`),
    fc.integer({ min: 1, max: 30 }).map((n) => `{ ${'__typename '.repeat(n * 50)} }`),
    pick([
      'query { node(id: "x") { ...A } } fragment A on Node { ...B } fragment B on Node { ...A }',
      'query { node(id: "x") { ...A } } fragment A on Node { ...A }',
      'query { node(id: "x") { ...A } } fragment A on Provision { parent { ...B } } fragment B on Provision { parent { ...A } }',
      '{ node(id: "x") { ...Missing } }',
      'fragment A on Node { id } fragment A on Node { kind } { node(id: "x") { ...A } }',
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
      '{ __type(name: "Query") { fields { type { fields { type { fields { name } } } } } } }',
      'subscription { stats { nodesPerKind { count } } }',
      'mutation { ingest }',
      'query A { stats { edgesPerType { count } } } query B { stats { nodesPerKind { count } } }',
      '{ stats { nodesPerKind @skip(if: $x) { count } } }',
      '{ stats @include(if: true) @include(if: false) @deprecated { nodesPerKind { count } } }',
    ]),
    fc.integer({ min: 2, max: 12 }).map((n) => {
      // Each fragment spreads the next one twice: 2^n fields once flattened.
      const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Provision { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'id'} parent { id } }`);
      return `{ provision(ref: "eu:reg/2024/1689/art_16") { ...F0 } } ${fragments.join(' ')}`;
    }),
  );
}

/** Byte flips, cuts, duplications and insertions in a valid query. */
function mutatedQueries(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const snippets = ['{', '}', '(', ')', '"', '...', '$', '@', '#', '\\', '\u0000', '\ud800', ':', '!', '[', 'query', 'fragment', ' on ', '"""', '\n'];
  const mutation = fc.record({ op: fc.nat(4), at: fc.nat(), len: fc.nat(40), snippet: pick(snippets), char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) });
  return fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([query, mutations]) => {
    let q = query;
    for (const { op, at, len, snippet, char } of mutations) {
      const i = q.length === 0 ? 0 : at % q.length;
      if (op === 0) q = q.slice(0, i) + char + q.slice(i + 1);
      else if (op === 1) q = q.slice(0, i);
      else if (op === 2) q = q.slice(0, i) + q.slice(i + len);
      else if (op === 3) q = q.slice(0, i + len) + q.slice(i);
      else q = q.slice(0, i) + snippet + q.slice(i);
    }
    return q;
  });
}

/** Bodies that are JSON but not a GraphQL request, or a request with fields of the wrong type. */
function oddJsonBodies(query: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.record({ query: fc.oneof(query, fc.jsonValue({ maxDepth: 2 })), variables: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }), operationName: fc.option(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })), { nil: undefined }), extensions: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } })), { nil: undefined }) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
    fc.integer({ min: 1, max: 2000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc.integer({ min: 1, max: 2000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    query.map((q) => `[${JSON.stringify({ query: q })}]`),
    query.map((q) => JSON.stringify({ query: q, query2: q }).replace('"query2"', '"query"')),
    query.map((q) => JSON.stringify({ query: q, __proto__: { polluted: true } }).replace('{', '{"__proto__":{"polluted":true},')),
  );
}

/** Requests whose framing is wrong: other content types, charsets and encodings, or broken bytes. */
function oddFraming(query: fc.Arbitrary<string>): fc.Arbitrary<FuzzOperation> {
  const contentType = pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/graphql-response+json', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=nonsense', 'application/JSON', 'application/json;;', '*/*', '', 'application/xml']);
  const extra = fc.dictionary(pick(['apollo-require-preflight', 'x-apollo-operation-name', 'content-encoding', 'accept', 'origin', 'accept-charset', 'transfer-encoding-x']), pick(['true', 'gzip', 'deflate', 'br', 'identity', 'x-unknown', 'text/html', 'application/json', 'https://evil.example', '*']), { maxKeys: 3 });
  return fc.tuple(query, contentType, extra, fc.boolean()).map(([q, type, headers, raw]) => {
    const all: Record<string, string> = { ...headers };
    if (type !== '') all['content-type'] = type;
    return post('framing', raw ? q : JSON.stringify({ query: q }), all);
  });
}

/** Bodies around and over the 100 kB limit: huge variables, huge queries, deep variable values. */
function hugeBodies(query: fc.Arbitrary<string>): fc.Arbitrary<FuzzOperation> {
  return fc.tuple(query, fc.integer({ min: 90 * 1024, max: 110 * 1024 }), fc.nat(3)).map(([q, size, shape]) => {
    const shapes = [
      () => JSON.stringify({ query: q, variables: { pad: 'x'.repeat(size) } }),
      () => JSON.stringify({ query: q, variables: { list: Array.from({ length: size / 4 }, (_, i) => i) } }),
      () => JSON.stringify({ query: `${q} #${'x'.repeat(size)}` }),
      () => JSON.stringify({ query: `query Q($v: [String!]) { search(text: "a", kinds: $v) { score } }`, variables: { v: Array.from({ length: size / 6 }, () => 'a') } }),
    ];
    return post('huge', (shapes[shape] as () => string)());
  });
}

/** Operations with variables: declared ones with values of any type, and undeclared or missing ones. */
function withVariables(ctx: OperationContext): fc.Arbitrary<FuzzOperation> {
  const value = fc.oneof(stringValues(ctx), intValues, fc.jsonValue({ maxDepth: 3 }));
  const queries = pick([
    'query Q($ref: String!) { provision(ref: $ref) { id label parent { id } } }',
    'query Q($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } edges { type } } }',
    'query Q($from: ID!, $to: ID!, $hops: Int) { path(from: $from, to: $to, maxHops: $hops) { nodes { id } } }',
    'query Q($text: String!, $first: Int, $kinds: [String!]) { search(text: $text, first: $first, kinds: $kinds) { score snippet node { id } } }',
    'query Q($first: Int, $after: String, $filter: RequirementFilter) { requirements(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id } } pageInfo { endCursor } } }',
    'query Q($role: String!, $instrument: String) { articlesImposingDuties(role: $role, instrument: $instrument) { provision { id } } }',
    'query Q($date: String!) { applicableOn(date: $date) { id date } }',
    'query Q($instrument: String!) { coverage(instrument: $instrument) { chapter cited { id } } }',
    'query Q($x: Undefined) { stats { nodesPerKind { count } } }',
    'query Q { node(id: $missing) { id } }',
  ]);
  const filter = fc.record({ role: value, topic: value, provision: value, text: value }, { requiredKeys: [] });
  const variables = fc.dictionary(pick(['ref', 'id', 'depth', 'limit', 'from', 'to', 'hops', 'text', 'first', 'kinds', 'after', 'filter', 'role', 'instrument', 'date', 'x', 'missing']), fc.oneof(value, filter), { maxKeys: 5 });
  return fc.tuple(queries, variables, fc.option(pick(['Q', 'R', '']), { nil: undefined })).map(([query, vars, operationName]) => post('variables', JSON.stringify({ query, variables: vars, operationName })));
}

/** GET requests with query strings of every kind, with and without the CSRF-preventing header. */
function getRequests(query: fc.Arbitrary<string>): fc.Arbitrary<FuzzOperation> {
  const param = fc.oneof(query.map((q) => `query=${encodeURIComponent(q)}`), fc.jsonValue({ maxDepth: 2 }).map((v) => `variables=${encodeURIComponent(JSON.stringify(v))}`), fc.string({ maxLength: 30 }).map((s) => `${encodeURIComponent(s)}=${encodeURIComponent(s)}`), pick(['query', 'query=', 'query[]=a', 'query[a]=b', 'query=a&query=b', '%', '%zz', '%00', 'variables={', 'extensions=1', 'operationName[]=x', '&&&', '=']));
  return fc.tuple(fc.array(param, { minLength: 0, maxLength: 4 }), fc.boolean(), pick(['application/json', 'text/html', '*/*', ''])).map(([params, preflight, accept]) => {
    const headers: Record<string, string> = {};
    if (preflight) headers['apollo-require-preflight'] = 'true';
    if (accept) headers.accept = accept;
    return operation({ family: 'get', method: 'GET', path: `/graphql?${params.join('&')}`, headers });
  });
}

/** Methods the API does not serve at /graphql. */
function otherMethods(query: fc.Arbitrary<string>): fc.Arbitrary<FuzzOperation> {
  return fc.tuple(pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), query).map(([method, q]) => operation({ family: 'method', method, path: '/graphql', headers: JSON_HEADERS, body: method === 'HEAD' ? undefined : JSON.stringify({ query: q }) }));
}

/**
 * Every kind of request the API fuzzer sends to /graphql: generated queries over the real schema,
 * abusive and mutated queries, odd JSON, odd framing, huge bodies, variables, GETs and other methods.
 */
export function operationArbitrary(ctx: OperationContext): fc.Arbitrary<FuzzOperation> {
  const generated = schemaQueries(ctx);
  const valid = fc.oneof(generated, pick(EXAMPLE_QUERIES.map((e) => e.query)));
  const anyQuery = fc.oneof(valid, abusiveQueries(ctx));
  return fc.oneof(
    { weight: 30, arbitrary: generated.map((q) => post('generated', JSON.stringify({ query: q }))) },
    { weight: 10, arbitrary: abusiveQueries(ctx).map((q) => post('abusive', JSON.stringify({ query: q }))) },
    { weight: 15, arbitrary: mutatedQueries(valid).map((q) => post('mutated', JSON.stringify({ query: q }))) },
    { weight: 8, arbitrary: oddJsonBodies(anyQuery).map((b) => post('odd-json', b)) },
    { weight: 8, arbitrary: oddFraming(anyQuery) },
    { weight: 2, arbitrary: hugeBodies(valid) },
    { weight: 8, arbitrary: withVariables(ctx) },
    { weight: 10, arbitrary: getRequests(anyQuery) },
    { weight: 3, arbitrary: otherMethods(valid) },
    { weight: 3, arbitrary: mutatedQueries(valid.map((q) => JSON.stringify({ query: q }))).map((b) => post('mutated-json', b)) },
  );
}
