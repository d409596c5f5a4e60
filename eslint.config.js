// Lint setup. The import-direction rules below are the design's layering (design.md §2),
// enforced here so nobody has to remember them.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config itself is CommonJS
const tseslint = require('typescript-eslint');

const layer = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  },
});

const adapters = { group: ['**/store/memory/**', '**/store/neo4j/**'], message: 'Only the composition root names a concrete store.' };
const upper = { group: ['**/graphql/**', '**/server/**', '**/cli/**', '**/main'], message: 'Imports flow inward: this layer may not depend on the API, server or CLI.' };
const ingest = { group: ['**/ingest/**', '../../ingest/*', '../ingest/*'], message: 'The runtime does not depend on ingest.' };
const driver = { group: ['neo4j-driver'], message: 'Only src/store/neo4j/ talks to neo4j-driver.' };

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'src/server/assets/vendor/**', '**/*.js', '!eslint.config.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  layer(['src/domain/**/*.ts'], [
    { group: ['../*', '!../domain', '**/store/**', '**/graphql/**', '**/server/**', '**/cli/**', '**/ingest/**'], message: 'src/domain imports nothing of ours.' },
    driver,
  ]),
  layer(['ingest/**/*.ts'], [adapters, upper, driver]),
  layer(['src/graphql/**/*.ts'], [adapters, ingest, { group: ['**/server/**', '**/cli/**'], message: 'The schema does not know how it is served.' }, driver]),
  layer(['src/store/*.ts'], [adapters, upper, ingest, driver]),
  layer(['src/store/memory/**/*.ts'], [upper, ingest, driver, { group: ['**/neo4j/**'], message: 'Adapters do not know each other.' }]),
  layer(['src/store/neo4j/**/*.ts'], [upper, ingest, { group: ['**/memory/**'], message: 'Adapters do not know each other.' }]),
  layer(['src/server/**/*.ts'], [adapters, ingest, driver, { group: ['**/cli/**', '**/main'], message: 'The server is composed by main and the CLI, not the other way.' }]),
);
