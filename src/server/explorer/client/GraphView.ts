import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { type GraphEdge, type GraphNode, type Subgraph } from './graphTypes.js';
import { KIND_STYLES, kindStyle } from './kindStyles.js';

/** What the graph shows, for tests and for the page: ids sorted, so two equal views compare equal. */
export interface GraphSnapshot {
  nodes: string[];
  edges: GraphEdge[];
  selected?: string;
  expanded: string[];
  hiddenTypes: string[];
}

const shortLabel = (label: string) => (label.length > 48 ? `${label.slice(0, 46)}…` : label);

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(short)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#1d2430',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
      // Labels stay on when zoomed out a little (a preset's answer fits the screen); tiny ones are noise.
      'min-zoomed-font-size': 5,
    },
  },
  ...Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.colour, shape: style.shape },
  })),
  { selector: 'node.centre', style: { width: 36, height: 36, 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1d2430' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2a900', 'border-style': 'solid' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa6b5',
      'target-arrow-color': '#9aa6b5',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 8,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#fbfcfd',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[?rolledUp]', style: { 'line-style': 'dashed' } },
  { selector: 'edge.path', style: { width: 3, 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf' } },
  { selector: '.hidden', style: { display: 'none' } },
];

/** The drawn graph: a cytoscape instance and the few operations the explorer needs on it. */
export class GraphView {
  readonly cy: Core;
  private hiddenTypes = new Set<string>();
  private expanded: string[] = [];

  constructor(container: HTMLElement, onTap: (id: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false, selectionType: 'single' });
    this.cy.on('tap', 'node', (event) => onTap(String(event.target.id())));
  }

  /** Replaces the graph and lays it out: around a centre, or in a line for a path. */
  show(graph: Subgraph, options: { centre?: string; path?: string[] } = {}): void {
    this.cy.elements().remove();
    this.expanded = [];
    this.cy.add(toElements(graph, new Set()));
    if (options.centre) this.cy.getElementById(options.centre).addClass('centre');
    if (options.path) {
      this.cy.edges().addClass('path');
      this.lineUp(options.path);
    } else {
      this.layout(true);
    }
    this.applyHidden();
  }

  /** Adds a node's neighbours next to it, keeping what is there, and marks the node expanded. */
  merge(graph: Subgraph, around: string): number {
    const known = new Set(this.cy.elements().map((e) => String(e.id())));
    const added = this.cy.add(toElements(graph, known));
    if (!this.expanded.includes(around)) this.expanded.push(around);
    this.cy.getElementById(around).addClass('expanded');
    const centre = this.cy.getElementById(around).position();
    const newNodes = added.nodes();
    newNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
      const radius = 80 + 4 * newNodes.length;
      node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
    if (newNodes.length > 0) this.layout(false);
    this.applyHidden();
    return newNodes.length;
  }

  /** Hides edges of these types (a filter of the view, not of the data). */
  setHiddenTypes(types: Iterable<string>): void {
    this.hiddenTypes = new Set(types);
    this.applyHidden();
  }

  /** Selects one node (or none), and brings it into view. */
  select(id: string | undefined): void {
    this.cy.nodes(':selected').unselect();
    if (!id) return;
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.select();
    if (!this.cy.extent() || !isInside(node.renderedPosition(), this.cy.width(), this.cy.height())) this.cy.center(node);
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** The nodes on screen, by id. */
  nodes(): GraphNode[] {
    return this.cy.nodes().map((n) => ({ id: String(n.id()), kind: String(n.data('kind')), label: String(n.data('label')) }));
  }

  /** The neighbours of a node in the drawn graph, through edges that are not hidden. */
  neighbours(id: string): GraphNode[] {
    return this.cy
      .getElementById(id)
      .connectedEdges()
      .filter((e) => !this.hiddenTypes.has(String(e.data('type'))))
      .connectedNodes()
      .filter((n) => n.id() !== id)
      .map((n) => ({ id: String(n.id()), kind: String(n.data('kind')), label: String(n.data('label')) }));
  }

  snapshot(): GraphSnapshot {
    return {
      nodes: this.cy.nodes().map((n) => String(n.id())).sort(),
      edges: this.cy
        .edges()
        .map((e) => ({ id: String(e.id()), type: String(e.data('type')), source: String(e.data('source')), target: String(e.data('target')), ...(e.data('rolledUp') ? { rolledUp: true } : {}) }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      selected: this.cy.nodes(':selected').map((n) => String(n.id()))[0],
      expanded: [...this.expanded],
      hiddenTypes: [...this.hiddenTypes].sort(),
    };
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  private layout(randomize: boolean): void {
    const options = { name: 'cose', animate: false, randomize, fit: true, padding: 30, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, numIter: 800 } as LayoutOptions;
    this.cy.layout(options).run();
  }

  // A path reads left to right in the order it is walked, zig-zagging so long labels do not collide.
  private lineUp(order: string[]): void {
    order.forEach((id, i) => this.cy.getElementById(id).position({ x: i * 170, y: i % 2 === 0 ? 0 : 60 }));
    this.cy.fit(undefined, 40);
  }

  private applyHidden(): void {
    this.cy.batch(() => {
      this.cy.edges().forEach((edge) => {
        if (this.hiddenTypes.has(String(edge.data('type')))) edge.addClass('hidden');
        else edge.removeClass('hidden');
      });
    });
  }
}

function toElements(graph: Subgraph, known: Set<string>): ElementDefinition[] {
  const nodes = graph.nodes.filter((n) => !known.has(n.id));
  const present = new Set([...known, ...graph.nodes.map((n) => n.id)]);
  return [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, kind: n.kind, label: n.label, short: shortLabel(n.label), kindName: kindStyle(n.kind).name } })),
    ...graph.edges
      .filter((e) => !known.has(e.id) && present.has(e.source) && present.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: { id: e.id, type: e.type, source: e.source, target: e.target, rolledUp: e.rolledUp === true } })),
  ];
}

function isInside(point: { x: number; y: number }, width: number, height: number): boolean {
  return point.x > 20 && point.y > 20 && point.x < width - 20 && point.y < height - 20;
}
