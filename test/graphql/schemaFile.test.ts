import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildKgSchema } from '../../src/graphql/buildKgSchema';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the schema)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(await buildKgSchema())}\n`);
  });

  it('describes every type and every field of the root query', async () => {
    const schema = await buildKgSchema();
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) expect(field.description).toBeTruthy();
    for (const type of Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID', 'Query'].includes(t.name))) {
      expect([type.name, type.description]).toEqual([type.name, expect.any(String)]);
    }
  });
});
