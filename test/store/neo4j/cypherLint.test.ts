import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { EDGE_TYPE_NAMES } from '../../../src/domain/edgeTypes';
import { NODE_KINDS } from '../../../src/domain/nodeKinds';
import { ALL_STATEMENTS, PARAMETERS, PROPERTY_KEYS, SCHEMA_STATEMENTS } from '../../../src/store/neo4j/cypher';

/**
 * The schema the store's Cypher is checked against: our labels, relationship types, property keys
 * and parameters; Neo4j 5's own function and procedure signatures as the linter package ships them.
 */
const schema: DbSchema = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: ['Node', 'GraphMeta', ...NODE_KINDS],
  relationshipTypes: [...EDGE_TYPE_NAMES],
  propertyKeys: PROPERTY_KEYS,
  parameters: PARAMETERS,
};

const lint = (statement: string) =>
  lintCypherQuery(statement, schema).diagnostics.map((d) => ({ severity: d.severity, message: String(d.message) }));

describe('the Neo4j store’s Cypher, linted by Neo4j’s own parser', () => {
  it.each(ALL_STATEMENTS.map((s) => [s.slice(0, 70), s]))('lints clean: %s…', (_name, statement) => {
    expect(lint(statement)).toEqual([]);
  });

  it('covers a statement for every node kind and edge type', () => {
    for (const kind of NODE_KINDS) expect(ALL_STATEMENTS.some((s) => s.includes(`:Node:${kind} `))).toBe(true);
    for (const type of EDGE_TYPE_NAMES) expect(ALL_STATEMENTS.some((s) => s.includes(`[r:${type} `))).toBe(true);
  });

  it('catches a broken statement, an unknown label and a deprecated function', () => {
    expect(lint('MATCH (n:Node RETURN n').some((d) => d.severity === 1)).toBe(true);
    expect(lint('MATCH (n:Nodes {graphVersion: $version}) RETURN n').length).toBeGreaterThan(0);
    expect(lint('MATCH (n:Node {graphVersion: $version}) RETURN id(n)').some((d) => /deprecated/i.test(d.message))).toBe(true);
    expect(lint('MATCH (n:Node {graphVersion: $undeclared}) RETURN n').length).toBeGreaterThan(0);
  });

  it('keeps schema/neo4j/schema.cypher equal to the statements the store runs on start', () => {
    const file = readFileSync(path.resolve(__dirname, '..', '..', '..', 'schema', 'neo4j', 'schema.cypher'), 'utf8');
    expect(file).toBe(SCHEMA_STATEMENTS.map((s) => `${s};\n`).join(''));
  });
});
