import { createHash } from 'node:crypto';
import { CLIENT_URL, CYTOSCAPE_URL, EXPLORER_ASSETS } from './explorerAssets';
import { CLIENT_ENTRY } from './explorerClientDir';

const IMPORT_MAP = JSON.stringify({ imports: { cytoscape: CYTOSCAPE_URL } });

/**
 * The Content-Security-Policy of the explorer page: scripts, styles and requests only from this server
 * (the import map is inline, so it is allowed by its hash). A page that tried to reach the internet
 * would be stopped by the browser, not just by good intentions. Links still open other sites on click.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`,
  // cytoscape sizes its canvases through style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const ROLES = ['aanbieder', 'gebruiksverantwoordelijke', 'importeur', 'distributeur', 'gemachtigde', 'zorgaanbieder', 'zorgverlener', 'producent'];
const ACTORS = ['producent', 'zorgaanbieder', 'zorgverlener', 'ziekenhuis', 'importeur-eer', 'wezenlijke-wijziger'];
const INSTRUMENTS: [string, string][] = [
  ['', 'alle instrumenten'],
  ['eu:reg/2024/1689', 'AI-verordening'],
  ['eu:reg/2016/679', 'AVG'],
  ['nl:BWBR0005289', 'BW boek 6'],
  ['nl:BWBR0005290', 'BW boek 7'],
];

const options = (values: string[], first?: [string, string]) =>
  [...(first ? [`<option value="${first[0]}">${first[1]}</option>`] : []), ...values.map((v) => `<option value="${v}">${v}</option>`)].join('');

/** A search field with a suggestion list (the client wires it up as an ARIA combobox). */
const combobox = (id: string, label: string, placeholder: string) => `
  <div class="combo">
    <label for="${id}">${label}</label>
    <input id="${id}" type="search" autocomplete="off" spellcheck="false" placeholder="${placeholder}"
      role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list">
    <ul id="${id}-list" role="listbox" class="suggestions" hidden></ul>
  </div>`;

/**
 * The explorer page at /explore. Static markup only: the client module reads the view from the URL,
 * asks the public GraphQL API for data and draws it with cytoscape.
 */
export function explorerPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>rechtsgraaf — verkenner</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${EXPLORER_ASSETS}/explorer.css">
  <script type="importmap">${IMPORT_MAP}</script>
  <script type="module" src="${CLIENT_URL}/${CLIENT_ENTRY}"></script>
</head>
<body>
  <a class="skip" href="#panel">Naar de details</a>
  <header class="bar">
    <h1><a href="/explore">rechtsgraaf · verkenner</a></h1>
    ${combobox('search', 'Zoek een knoop', 'bv. aia-18, 6:185 BW, aanbieder')}
    <label class="depth">Diepte
      <select id="depth">${[1, 2, 3, 4].map((d) => `<option value="${d}">${d}</option>`).join('')}</select>
    </label>
    <button type="button" id="fit" title="Hele graaf in beeld">Passend</button>
  </header>
  <main class="layout">
    <nav class="controls" aria-label="Vragen, pad en filters">
      <details open>
        <summary>Vragen</summary>
        <form id="preset-duties" class="preset">
          <h2>Plichten van een rol</h2>
          <label>Rol <select name="role">${options(ROLES)}</select></label>
          <label>Instrument <select name="instrument">${INSTRUMENTS.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select></label>
          <button type="submit">Toon plichten</button>
        </form>
        <form id="preset-cites" class="preset">
          <h2>Wat citeert dit artikel?</h2>
          <label>Artikel <input name="article" value="Artikel 16 AI-verordening" spellcheck="false"></label>
          <button type="submit">Toon wat citeert</button>
        </form>
        <form id="preset-liability" class="preset">
          <h2>Aansprakelijkheidsroutes</h2>
          <label>Wie draagt <select name="actor">${options(ACTORS, ['', 'iedereen'])}</select></label>
          <button type="submit">Toon routes</button>
        </form>
      </details>
      <details open>
        <summary>Pad tussen twee knopen</summary>
        <form id="path-form" class="preset">
          ${combobox('path-from', 'Van', 'bv. aia-18')}
          ${combobox('path-to', 'Naar', 'bv. 6:185 BW')}
          <button type="submit">Zoek pad</button>
        </form>
      </details>
      <details open>
        <summary>Relaties</summary>
        <fieldset id="edge-filter"><legend class="sr">Toon relaties van het type</legend></fieldset>
      </details>
      <details open>
        <summary>Legenda</summary>
        <ul id="legend" class="legend"></ul>
      </details>
    </nav>
    <section class="canvas" aria-label="Graaf">
      <div id="graph" aria-hidden="true"></div>
      <p id="status" role="status" aria-live="polite">De verkenner laadt…</p>
    </section>
    <aside id="panel" class="panel" tabindex="-1" aria-label="Details">
      <div id="result"></div>
      <div id="details"><p class="hint">Zoek een knoop of kies een vraag. Klik op een knoop om hem uit te vouwen.</p></div>
      <details id="in-view">
        <summary>Knopen in beeld</summary>
        <ul id="node-list" class="node-list"></ul>
      </details>
    </aside>
  </main>
</body>
</html>`;
}
