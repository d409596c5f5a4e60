import { DEFAULT_SNAPSHOT } from './cli/openStore';
import { serve } from './cli/serve';

/** Composition root for `npm start`: the API on the embedded store (or Neo4j when NEO4J_URI is set). */
serve({ snapshot: process.env.KG_SNAPSHOT ?? DEFAULT_SNAPSHOT }).catch((error: unknown) => {
  process.stderr.write(`cannot start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
