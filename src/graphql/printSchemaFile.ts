import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildKgSchema } from './buildKgSchema';

/** The committed schema file; a test fails when it differs from the code. */
export const SCHEMA_FILE = path.join('schema', 'schema.graphql');

/** Writes schema/schema.graphql from the code (`npm run schema`). */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', '..', SCHEMA_FILE);
  writeFileSync(target, `${printSchema(await buildKgSchema())}\n`);
  process.stdout.write(`wrote ${target}\n`);
}

if (require.main === module) void main();
