/** Where the explorer's scripts and styles are served from: our own files, so it works without internet. */
export const EXPLORER_ASSETS = '/assets/explorer';

/** Where the browser finds cytoscape (the import map points the bare name `cytoscape` here). */
export const CYTOSCAPE_URL = `${EXPLORER_ASSETS}/vendor/cytoscape.esm.min.mjs`;

/** Where the compiled client modules are served from. */
export const CLIENT_URL = `${EXPLORER_ASSETS}/app`;
