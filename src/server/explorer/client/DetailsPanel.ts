import { citationLinks, publisherOf } from './citationLinks.js';
import { el } from './el.js';
import { EXPLORER_QUERIES } from './explorerQueries.js';
import type { GraphNode } from './graphTypes.js';
import { graphqlRequest } from './graphqlRequest.js';
import { kindStyle } from './kindStyles.js';
import type { ResultList } from './loadView.js';

/** What the panel's buttons ask the explorer to do. */
export interface PanelActions {
  select(node: GraphNode): void;
  expand(id: string): void;
  centre(id: string): void;
  pathFrom(node: GraphNode): void;
  pathTo(node: GraphNode): void;
  whatCites(node: GraphNode): void;
  dutiesOf(key: string): void;
}

type Linked = GraphNode & { uri?: string | null };

interface Details extends GraphNode {
  properties: { key: string; values: string[] }[];
  title?: string | null;
  uri?: string | null;
  level?: string | null;
  code?: string | null;
  summary?: string | null;
  date?: string | null;
  instrument?: GraphNode | null;
  parent?: GraphNode | null;
  citedBy?: GraphNode[];
  cites?: Linked[];
  roles?: GraphNode[];
  measures?: GraphNode[];
  requirements?: GraphNode[];
  bearers?: GraphNode[];
  basis?: Linked[];
  defences?: GraphNode[];
  rulings?: GraphNode[];
}

// Properties shown in their own place, or of no use to a reader.
const SHOWN_ELSEWHERE = new Set(['summary', 'title', 'uri', 'code', 'fileStem']);

/**
 * The side panel: the selected node's details (kind, Algoritmekader id, citations as links, what it
 * cites and what cites it, properties), a preset's answer as a list, and every node in view as buttons.
 */
export class DetailsPanel {
  private ticket = 0;

  constructor(
    private readonly details: HTMLElement,
    private readonly result: HTMLElement,
    private readonly nodeList: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  /** Shows a node's details, fetched from the API (an older answer never overwrites a newer one). */
  async show(id: string | undefined, neighbours: GraphNode[]): Promise<void> {
    const ticket = ++this.ticket;
    if (!id) {
      this.details.replaceChildren(el('p', { class: 'hint' }, 'Kies een knoop om zijn details te zien.'));
      return;
    }
    const { node } = await graphqlRequest<{ node: Details | null }>(EXPLORER_QUERIES.details, { id });
    if (ticket !== this.ticket) return;
    if (!node) {
      this.details.replaceChildren(el('p', { class: 'error' }, `Geen knoop met id ${id}.`));
      return;
    }
    this.details.replaceChildren(...this.render(node, neighbours));
  }

  /** Shows a preset's answer, or clears it. */
  showResult(result: ResultList | undefined): void {
    if (!result) return void this.result.replaceChildren();
    this.result.replaceChildren(
      el('h3', {}, result.title),
      el(
        'ol',
        { class: 'result' },
        result.groups.map((group) =>
          el(
            'li',
            {},
            this.nodeButton(group.head),
            el(
              'ul',
              {},
              group.items.map((item) => el('li', {}, `${item.label}:`, el('ul', {}, item.nodes.map((n) => el('li', {}, this.nodeButton(n)))))),
            ),
          ),
        ),
      ),
    );
  }

  /** Lists every node in view as a button, grouped by kind: the keyboard's way into the drawing. */
  showNodes(nodes: GraphNode[]): void {
    const sorted = [...nodes].sort((a, b) => (a.kind === b.kind ? a.label.localeCompare(b.label, 'nl') : a.kind < b.kind ? -1 : 1));
    this.nodeList.replaceChildren(...sorted.map((n) => el('li', {}, el('span', { class: 'badge' }, kindStyle(n.kind).name.split(' (')[0]), this.nodeButton(n))));
    const summary = this.nodeList.parentElement?.querySelector('summary');
    if (summary) summary.textContent = `Knopen in beeld (${nodes.length})`;
  }

  private render(node: Details, neighbours: GraphNode[]): Node[] {
    const style = kindStyle(node.kind);
    const akId = node.id.startsWith('urn:nl:ak:');
    const links = citationLinks(node.id, node.properties, node.uri);
    const button = (text: string, action: () => void) => {
      const b = el('button', { type: 'button' }, text);
      b.addEventListener('click', action);
      return b;
    };
    const key = node.properties.find((p) => p.key === 'key')?.values[0];
    const out: (Node | null)[] = [
      el('h2', { id: 'details-title', tabindex: '-1' }, node.label),
      el('p', {}, el('span', { class: 'badge' }, style.name), node.code ? el('strong', {}, node.code) : null),
      el('dl', {}, el('dt', {}, akId ? 'Algoritmekader-id' : 'Id'), el('dd', { class: 'id', 'data-testid': 'node-id' }, node.id)),
      el(
        'div',
        { class: 'actions' },
        button('Uitvouwen', () => this.actions.expand(node.id)),
        button('Middelpunt', () => this.actions.centre(node.id)),
        button('Pad vanaf hier', () => this.actions.pathFrom(node)),
        button('Pad naar hier', () => this.actions.pathTo(node)),
        node.kind === 'Provision' ? button('Wat citeert dit?', () => this.actions.whatCites(node)) : null,
        (node.kind === 'Role' || node.kind === 'Actor') && key ? button('Plichten van deze rol', () => this.actions.dutiesOf(key)) : null,
      ),
      node.title && node.title !== node.label ? el('p', {}, el('em', {}, node.title)) : null,
      node.summary ? el('p', {}, node.summary) : null,
      node.date ? el('p', {}, `Datum: ${node.date}`) : null,
      links.length > 0 ? el('h3', {}, 'Vindplaats') : null,
      links.length > 0 ? el('ul', { class: 'links' }, links.map((l) => el('li', {}, el('a', { href: l.href, target: '_blank', rel: 'noopener noreferrer' }, l.text)))) : null,
    ];
    const section = (title: string, list: Linked[] | undefined) => {
      if (!list || list.length === 0) return;
      out.push(
        el('h3', {}, title),
        el(
          'ul',
          {},
          list.map((n) => {
            const publisher = n.uri ? publisherOf(n.uri) : undefined;
            return el('li', {}, this.nodeButton(n), n.uri && publisher ? [' · ', el('a', { href: n.uri, target: '_blank', rel: 'noopener noreferrer' }, publisher)] : null);
          }),
        ),
      );
    };
    section('Citeert', node.cites);
    section('Rust op', node.basis);
    section('Binden', node.roles);
    section('Gedragen door', node.bearers);
    section('Verweren', node.defences);
    section('Uitspraken', node.rulings);
    section('Maatregelen', node.measures);
    section('Dient vereisten', node.requirements);
    section('Deel van', node.parent ? [node.parent] : undefined);
    section('Geciteerd door', node.citedBy);
    section('Buren in beeld', neighbours);
    const properties = node.properties.filter((p) => !SHOWN_ELSEWHERE.has(p.key));
    if (properties.length > 0) {
      out.push(
        el('h3', {}, 'Eigenschappen'),
        el(
          'dl',
          {},
          properties.flatMap((p) => [el('dt', {}, p.key), el('dd', {}, p.values.join(', '))]),
        ),
      );
    }
    return out.filter((n): n is Node => n !== null);
  }

  private nodeButton(node: GraphNode): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'linkish', 'data-id': node.id, title: node.id }, node.label);
    b.addEventListener('click', () => this.actions.select(node));
    return b;
  }
}
