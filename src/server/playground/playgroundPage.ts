import type { IntrospectionQuery } from 'graphql';
import { EXAMPLE_QUERIES } from './exampleQueries';

/** Where the playground's scripts are served from: our own copies, so it works without internet. */
export const PLAYGROUND_ASSETS = '/assets/graphiql';

const escapeForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The GraphiQL page served on GET /graphql to browsers, with the example queries as tabs. The schema
 * comes embedded in the page: the full introspection query is deeper than the API's depth limit.
 */
export function playgroundPage(introspection: IntrospectionQuery): string {
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>rechtsgraaf — GraphQL playground</title>
  <link rel="stylesheet" href="${PLAYGROUND_ASSETS}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">De playground laadt…</div>
  <script src="${PLAYGROUND_ASSETS}/react.production.min.js"></script>
  <script src="${PLAYGROUND_ASSETS}/react-dom.production.min.js"></script>
  <script src="${PLAYGROUND_ASSETS}/graphiql.min.js"></script>
  <script>
    const examples = ${escapeForScript(EXAMPLE_QUERIES)};
    const schema = ${escapeForScript(introspection)};
    const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        schema,
        defaultTabs: examples.map((e) => ({ query: '# ' + e.name + '\\n' + e.query })),
        defaultEditorToolsVisibility: true,
      }),
    );
  </script>
</body>
</html>`;
}
