import path from 'node:path';
import express, { Router } from 'express';
import { CLIENT_URL, CYTOSCAPE_URL, EXPLORER_ASSETS } from './explorerAssets';
import { explorerClientDir } from './explorerClientDir';
import { EXPLORER_CSP, explorerPage } from './explorerPage';
import { EXPLORER_STYLES } from './explorerStyles';

/** cytoscape's ES module build, from the installed package (its `exports` hide dist/ from require.resolve). */
const cytoscapeModule = () => path.join(path.dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs');

/**
 * The graph explorer: the page at /explore and its assets under /assets/explorer (our compiled client,
 * cytoscape from node_modules, the stylesheet). Everything the page loads comes from this server.
 */
export function explorerRouter(): Router {
  const router = Router();
  const page = explorerPage();
  const cytoscape = cytoscapeModule();

  router.get('/explore', (_req, res) => {
    res.set('content-security-policy', EXPLORER_CSP).type('html').send(page);
  });
  router.get(`${EXPLORER_ASSETS}/explorer.css`, (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=3600').send(EXPLORER_STYLES);
  });
  router.get(CYTOSCAPE_URL, (_req, res) => {
    res.sendFile(cytoscape, { maxAge: '7d', headers: { 'content-type': 'text/javascript; charset=utf-8' } });
  });
  // Looked up per request, so a client built after the server started is found without a restart.
  const statics = new Map<string, express.RequestHandler>();
  router.use(CLIENT_URL, (req, res, next) => {
    const dir = explorerClientDir();
    if (!dir) {
      res.status(503).type('text').send('The explorer client is not built: run `npm run build`.');
      return;
    }
    if (!statics.has(dir)) statics.set(dir, express.static(dir, { index: false, maxAge: 0 }));
    (statics.get(dir) as express.RequestHandler)(req, res, next);
  });
  router.use(EXPLORER_ASSETS, (_req, res) => {
    res.status(404).type('text').send('not found');
  });
  return router;
}
