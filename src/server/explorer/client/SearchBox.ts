import { el } from './el.js';
import { EXPLORER_QUERIES } from './explorerQueries.js';
import type { GraphNode } from './graphTypes.js';
import { graphqlRequest } from './graphqlRequest.js';
import { kindStyle } from './kindStyles.js';

/** A suggestion: a node, with a piece of matched text when the search found it. */
export interface Suggestion {
  node: GraphNode;
  snippet?: string;
}

interface SuggestAnswer {
  exact: GraphNode | null;
  requirement: GraphNode | null;
  measure: GraphNode | null;
  cited: GraphNode | null;
  search: { node: GraphNode; snippet: string }[];
}

/**
 * Suggestions for what a person typed. Exact matches come first: an id, an Algoritmekader code
 * (`aia-18` names `urn:nl:ak:ver:aia-18`, which free-text search does not index) or a citation
 * ("6:185 BW"); then the ranked hits of the `search` query.
 */
export async function suggest(text: string): Promise<Suggestion[]> {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 200) return [];
  const code = trimmed.toLowerCase();
  const answer = await graphqlRequest<SuggestAnswer>(EXPLORER_QUERIES.suggest, {
    text: trimmed,
    id: trimmed,
    requirement: `urn:nl:ak:ver:${code}`,
    measure: `urn:nl:ak:mtr:${code}`,
    ref: trimmed,
  });
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  const add = (node: GraphNode | null, snippet?: string) => {
    if (!node || seen.has(node.id)) return;
    seen.add(node.id);
    out.push({ node, snippet });
  };
  [answer.exact, answer.requirement, answer.measure, answer.cited].forEach((node) => add(node));
  for (const hit of answer.search) add(hit.node, hit.snippet);
  return out;
}

/**
 * A search field as an ARIA combobox: typing shows suggestions, arrow keys move through them, Enter
 * or a click chooses one, Escape closes the list.
 */
export class SearchBox {
  private items: Suggestion[] = [];
  private active = -1;
  private timer: number | undefined;
  private ticket = 0;
  /** The node chosen last (for the path form, which reads both fields on submit). */
  chosen: GraphNode | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onChoose: (node: GraphNode) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    input.addEventListener('input', () => {
      this.chosen = undefined;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.refresh(), 150);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
  }

  /** Shows a node as chosen without asking the API (a view restored from the URL). */
  set(node: GraphNode): void {
    this.chosen = node;
    this.input.value = node.label;
  }

  /** Empties the field (the view no longer centres on the node it showed). */
  clear(): void {
    this.chosen = undefined;
    this.input.value = '';
  }

  /** The chosen node, or else the first suggestion for the text (a form sent without picking one). */
  async resolve(): Promise<GraphNode | undefined> {
    if (this.chosen) return this.chosen;
    const first = (await suggest(this.input.value))[0];
    if (first) this.set(first.node);
    return first?.node;
  }

  /** Waits for suggestions of the current text: what Enter acts on when typed fast. */
  async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    try {
      const items = await suggest(this.input.value);
      if (ticket !== this.ticket) return;
      this.items = items;
      this.active = items.length > 0 ? 0 : -1;
      this.render();
    } catch (error) {
      this.onError(error);
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.list.hidden) return void this.refresh();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.items.length) % Math.max(this.items.length, 1);
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      window.clearTimeout(this.timer);
      const pick = () => {
        const item = this.items[this.active];
        if (item) this.choose(item);
      };
      if (this.list.hidden) void this.refresh().then(pick);
      else pick();
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private choose(item: Suggestion): void {
    this.set(item.node);
    this.close();
    this.onChoose(item.node);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private render(): void {
    const base = this.list.id;
    this.list.replaceChildren(
      ...(this.items.length === 0
        ? [el('li', { role: 'option', 'aria-disabled': 'true' }, 'Niets gevonden')]
        : this.items.map((item, i) => {
            const option = el(
              'li',
              { id: `${base}-${i}`, role: 'option', 'aria-selected': String(i === this.active), 'data-id': item.node.id },
              el('span', { class: 'kind' }, kindStyle(item.node.kind).name.split(' (')[0]),
              item.node.label,
              el('div', { class: 'id' }, item.node.id),
            );
            // mousedown, not click: the input's blur would close the list before a click lands.
            option.addEventListener('mousedown', (event) => {
              event.preventDefault();
              this.choose(item);
            });
            return option;
          })),
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${base}-${this.active}`);
      document.getElementById(`${base}-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}
