/** The three questions of the domain the explorer answers with one click. */
export type Preset = 'duties' | 'cites' | 'liability';

/**
 * Everything that makes a view, so the URL can carry it: a shared or embedded link shows the same
 * graph. One of three modes is active: a preset, a path (from and to), or a node's neighbourhood.
 */
export interface ViewState {
  node?: string;
  depth: number;
  /** Edge types not shown (and not followed when fetching a neighbourhood). */
  hidden: string[];
  /** Nodes whose neighbours were added by a click, in click order (in any mode). */
  expanded: string[];
  from?: string;
  to?: string;
  preset?: Preset;
  /** The preset's argument: a role, an article citation or an actor. */
  arg?: string;
  instrument?: string;
  selected?: string;
  /** Without the search bar and controls, for an iframe. */
  embed: boolean;
}

const PRESETS: readonly Preset[] = ['duties', 'cites', 'liability'];
const MAX_DEPTH = 4;

/** The view a URL's query string describes; unknown or malformed values fall back to defaults. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : undefined;
  };
  const depth = Number.parseInt(params.get('depth') ?? '', 10);
  const preset = text('preset');
  return {
    node: text('node'),
    depth: depth >= 1 && depth <= MAX_DEPTH ? depth : 1,
    hidden: unique(params.getAll('hide')),
    expanded: unique(params.getAll('expand')),
    from: text('from'),
    to: text('to'),
    preset: PRESETS.find((p) => p === preset),
    arg: text('arg'),
    instrument: text('in'),
    selected: text('sel'),
    embed: params.get('embed') === '1',
  };
}

/** The query string for a view (with the leading `?`); defaults are left out to keep links short. */
export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.preset) {
    params.set('preset', state.preset);
    if (state.arg) params.set('arg', state.arg);
    if (state.instrument) params.set('in', state.instrument);
  } else if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  } else if (state.node) {
    params.set('node', state.node);
    if (state.depth !== 1) params.set('depth', String(state.depth));
  }
  for (const id of state.expanded) params.append('expand', id);
  for (const type of [...state.hidden].sort()) params.append('hide', type);
  if (state.selected) params.set('sel', state.selected);
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
