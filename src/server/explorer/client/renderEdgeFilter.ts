import { el } from './el.js';

/**
 * One checkbox per edge type, with its count in the graph. Unchecking hides that type in the drawing
 * and stops a neighbourhood from being followed along it.
 */
export function renderEdgeFilter(fieldset: HTMLFieldSetElement, counts: Map<string, number>, hidden: Set<string>, onChange: (hidden: Set<string>) => void): void {
  const legend = fieldset.querySelector('legend');
  const boxes = [...counts.keys()].sort().map((type) => {
    const box = el('input', { type: 'checkbox', name: 'edge-type', value: type });
    box.checked = !hidden.has(type);
    box.addEventListener('change', () => {
      const next = new Set(hidden);
      if (box.checked) next.delete(type);
      else next.add(type);
      onChange(next);
    });
    return el('label', { title: `${counts.get(type)} in de graaf` }, box, type);
  });
  fieldset.replaceChildren(...(legend ? [legend] : []), ...boxes);
}
