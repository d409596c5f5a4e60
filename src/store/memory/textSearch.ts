import MiniSearch from 'minisearch';
import type { GraphNode } from '../../domain/GraphNode';

/** Common Dutch words that carry no meaning for search. */
const STOP_WORDS = new Set(
  'de het een en of van in op te ter voor met door bij aan als dat die dit deze is zijn wordt worden er om uit tot over naar niet ook maar dan wel nog zo kan moet moeten heeft hebben the of and to'.split(' '),
);

/** Lower case with diacritics folded, so "artificiële" matches "artificiele". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The searchable text of a node: its label, summary and body. */
function fieldsOf(node: GraphNode): { id: string; label: string; summary: string; text: string } {
  const text = (key: string) => (typeof node.props[key] === 'string' ? (node.props[key] as string) : '');
  return { id: node.id, label: node.label, summary: text('summary'), text: text('text') };
}

/**
 * Full-text index over nodes with MiniSearch: Dutch stop words dropped, diacritics folded, prefix
 * and fuzzy matching, the label weighing most.
 */
export class TextSearch {
  private readonly index = new MiniSearch<{ id: string; label: string; summary: string; text: string }>({
    fields: ['label', 'summary', 'text'],
    processTerm: (term) => {
      const folded = foldTerm(term);
      return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
    },
    searchOptions: { boost: { label: 3, summary: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });

  constructor(nodes: Iterable<GraphNode>) {
    this.index.addAll([...nodes].map(fieldsOf));
  }

  /** Ranked ids with scores and the terms that matched. */
  search(text: string): { id: string; score: number; terms: string[] }[] {
    let hits = this.index.search(text);
    // When not every word matches, fall back to any word: a partial answer beats none.
    if (hits.length === 0) hits = this.index.search(text, { combineWith: 'OR' });
    return hits.map((hit) => ({ id: String(hit.id), score: hit.score, terms: hit.terms }));
  }
}

/** A short piece of the node's text around the first matched term. */
export function snippetOf(node: GraphNode, terms: readonly string[], width = 160): string {
  const sources = [node.props.summary, node.props.text, node.label].filter((v): v is string => typeof v === 'string');
  for (const source of sources) {
    const folded = foldTerm(source);
    const at = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0));
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - Math.floor(width / 3));
      const piece = source.slice(start, start + width).replace(/\s+/g, ' ').trim();
      return `${start > 0 ? '…' : ''}${piece}${start + width < source.length ? '…' : ''}`;
    }
  }
  return node.label;
}
