import { DetailsPanel } from './DetailsPanel.js';
import { byId } from './el.js';
import { EXPLORER_QUERIES } from './explorerQueries.js';
import { GraphView, type GraphSnapshot } from './GraphView.js';
import type { GraphNode } from './graphTypes.js';
import { graphqlRequest } from './graphqlRequest.js';
import { EXPAND_LIMIT, fetchNeighbourhood, loadView } from './loadView.js';
import { renderEdgeFilter } from './renderEdgeFilter.js';
import { renderLegend } from './renderLegend.js';
import { SearchBox } from './SearchBox.js';
import { readViewState, viewStateQuery, type Preset, type ViewState } from './viewState.js';

/** What the page exposes as `window.explorer`: the cytoscape instance and the view, for tests and the console. */
export interface ExplorerHandle {
  cy: GraphView['cy'];
  /** True while a request or a layout is under way. */
  busy: boolean;
  /** The last error shown, if any. */
  error?: string;
  state(): GraphSnapshot & { view: ViewState; url: string };
}

declare global {
  interface Window {
    explorer?: ExplorerHandle;
  }
}

let view = readViewState(window.location.search);
let edgeTypes: string[] = [];
let edgeCounts = new Map<string, number>();
let pending = 0;
const status = byId('status');
const graph = new GraphView(byId('graph'), (id) => void run(() => expand(id, true)));
const panel = new DetailsPanel(byId('details'), byId('result'), byId('node-list'), {
  select: (node) => void run(() => select(node)),
  expand: (id) => void run(() => expand(id, false)),
  centre: (id) => void navigate({ node: id, selected: id }),
  pathFrom: (node) => choosePathEnd(fromBox, node),
  pathTo: (node) => choosePathEnd(toBox, node),
  whatCites: (node) => void navigate({ preset: 'cites', arg: node.id }),
  dutiesOf: (key) => void navigate({ preset: 'duties', arg: key }),
});
const searchBox = new SearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-list'), (node) => void navigate({ node: node.id, selected: node.id }), showError);
const fromBox = new SearchBox(byId<HTMLInputElement>('path-from'), byId<HTMLUListElement>('path-from-list'), () => undefined, showError);
const toBox = new SearchBox(byId<HTMLInputElement>('path-to'), byId<HTMLUListElement>('path-to-list'), () => undefined, showError);
const depthSelect = byId<HTMLSelectElement>('depth');

window.explorer = {
  cy: graph.cy,
  busy: true,
  state: () => ({ ...graph.snapshot(), view: { ...view }, url: window.location.href }),
};

/** Runs one step of work, keeping `busy` and the status line honest. */
async function run(step: () => Promise<void>): Promise<void> {
  pending++;
  setBusy();
  try {
    await step();
  } catch (error) {
    showError(error);
  } finally {
    pending--;
    setBusy();
  }
}

function setBusy(): void {
  if (window.explorer) window.explorer.busy = pending > 0;
  document.body.toggleAttribute('aria-busy', pending > 0);
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  status.textContent = `Fout: ${message}`;
  status.classList.add('error');
  if (window.explorer) window.explorer.error = message;
}

function describe(note?: string): void {
  const { nodes, edges } = graph.snapshot();
  status.classList.remove('error');
  status.textContent = `${nodes.length} knopen, ${edges.length} relaties.${note ? ` ${note}` : ''}`;
  const kinds = new Set(graph.nodes().map((n) => n.kind));
  renderLegend(byId('legend'), kinds);
  panel.showNodes(graph.nodes());
}

function writeUrl(push: boolean): void {
  const url = `${window.location.pathname}${viewStateQuery(view)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Opens another view: a node, a path or a preset. Depth, filters and embedding carry over. */
async function navigate(next: Partial<ViewState>): Promise<void> {
  view = { depth: view.depth, hidden: view.hidden, embed: view.embed, expanded: [], ...next };
  writeUrl(true);
  await run(render);
}

/** Draws the current view from scratch (page load, back and forward, a new view, a new depth). */
async function render(): Promise<void> {
  syncControls();
  status.classList.remove('error');
  status.textContent = 'Laden…';
  const loaded = await loadView(view, edgeTypes);
  if (!loaded) {
    graph.show({ nodes: [], edges: [] });
    panel.showResult(undefined);
    status.textContent = 'Zoek een knoop, kies een vraag of zoek een pad.';
    await panel.show(undefined, []);
    describe();
    return;
  }
  graph.show(loaded.graph, { centre: loaded.centre, path: loaded.path });
  for (const expansion of loaded.expansions) graph.merge(expansion.graph, expansion.id);
  graph.setHiddenTypes(view.hidden);
  panel.showResult(loaded.result);
  const selected = view.selected && graph.has(view.selected) ? view.selected : loaded.centre;
  graph.select(selected);
  describe(loaded.note);
  const centre = view.node && !view.preset ? graph.nodes().find((n) => n.id === loaded.centre) : undefined;
  if (centre) searchBox.set(centre);
  else searchBox.clear();
  await panel.show(selected, selected ? graph.neighbours(selected) : []);
}

/** Selects a node: in view, it is highlighted; elsewhere, it becomes the centre of a new view. */
async function select(node: GraphNode): Promise<void> {
  if (!graph.has(node.id)) return navigate({ node: node.id, selected: node.id });
  graph.select(node.id);
  view = { ...view, selected: node.id };
  writeUrl(false);
  await panel.show(node.id, graph.neighbours(node.id));
  byId('details-title').focus();
}

/** Adds a node's neighbours to the drawing (a click on the canvas selects and expands). */
async function expand(id: string, fromCanvas: boolean): Promise<void> {
  const already = view.expanded.includes(id);
  view = { ...view, selected: id, expanded: already ? view.expanded : [...view.expanded, id] };
  writeUrl(!already);
  if (!already) {
    const types = view.hidden.length > 0 ? edgeTypes.filter((t) => !view.hidden.includes(t)) : null;
    const added = graph.merge(await fetchNeighbourhood(id, 1, types, EXPAND_LIMIT), id);
    graph.select(id);
    describe(added === 0 ? 'Geen nieuwe buren.' : `${added} ${added === 1 ? 'buur' : 'buren'} toegevoegd.`);
  } else {
    graph.select(id);
  }
  await panel.show(id, graph.neighbours(id));
  // The panel's buttons are redrawn; keyboard focus moves to the new details instead of getting lost.
  if (!fromCanvas) byId('details-title').focus();
}

function choosePathEnd(box: SearchBox, node: GraphNode): void {
  box.set(node);
  const details = byId('path-form').closest('details');
  if (details) details.open = true;
  if (fromBox.chosen && toBox.chosen) void navigate({ from: fromBox.chosen.id, to: toBox.chosen.id, selected: fromBox.chosen.id });
  else byId<HTMLInputElement>(box === fromBox ? 'path-to' : 'path-from').focus();
}

/** Puts the view's values into the controls (after a shared link, or back and forward). */
function syncControls(): void {
  document.body.classList.toggle('embed', view.embed);
  depthSelect.value = String(view.depth);
  const set = (form: string, name: string, value: string | undefined) => {
    const field = byId<HTMLFormElement>(form).elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && value !== undefined) field.value = value;
  };
  if (view.preset === 'duties') {
    set('preset-duties', 'role', view.arg);
    set('preset-duties', 'instrument', view.instrument ?? '');
  }
  if (view.preset === 'cites') set('preset-cites', 'article', view.arg);
  if (view.preset === 'liability') set('preset-liability', 'actor', view.arg ?? '');
  renderEdgeFilter(byId<HTMLFieldSetElement>('edge-filter'), edgeCounts, new Set(view.hidden), onFilter);
}

function onFilter(hidden: Set<string>): void {
  view = { ...view, hidden: [...hidden].sort() };
  writeUrl(true);
  // A neighbourhood is fetched along the shown types only; other views just hide edges.
  if (view.node && !view.preset && !(view.from && view.to)) void run(render);
  else graph.setHiddenTypes(hidden);
}

function wireForms(): void {
  const presetForm = (id: string, preset: Preset, read: (form: HTMLFormElement) => Partial<ViewState>) => {
    byId<HTMLFormElement>(id).addEventListener('submit', (event) => {
      event.preventDefault();
      void navigate({ preset, ...read(event.currentTarget as HTMLFormElement) });
    });
  };
  const value = (form: HTMLFormElement, name: string) => {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    return field?.value.trim() || undefined;
  };
  presetForm('preset-duties', 'duties', (f) => ({ arg: value(f, 'role'), instrument: value(f, 'instrument') }));
  presetForm('preset-cites', 'cites', (f) => ({ arg: value(f, 'article') }));
  presetForm('preset-liability', 'liability', (f) => ({ arg: value(f, 'actor') }));
  byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void run(async () => {
      const [from, to] = [await fromBox.resolve(), await toBox.resolve()];
      if (from && to) await navigate({ from: from.id, to: to.id, selected: from.id });
      else status.textContent = 'Kies voor beide velden een knoop uit de suggesties.';
    });
  });
  depthSelect.addEventListener('change', () => {
    view = { ...view, depth: Number(depthSelect.value) };
    writeUrl(true);
    if (view.node) void run(render);
  });
  byId('fit').addEventListener('click', () => graph.fit());
  window.addEventListener('popstate', () => {
    view = readViewState(window.location.search);
    void run(render);
  });
  // "/" jumps to the search field, as on many sites; not while typing elsewhere.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
      event.preventDefault();
      byId<HTMLInputElement>('search').focus();
    }
  });
}

void run(async () => {
  wireForms();
  const { stats } = await graphqlRequest<{ stats: { edgesPerType: { keys: string[]; count: number }[] } }>(EXPLORER_QUERIES.edgeTypes);
  edgeCounts = new Map(stats.edgesPerType.map((c) => [c.keys[0] as string, c.count]));
  edgeTypes = [...edgeCounts.keys()].sort();
  await render();
});
