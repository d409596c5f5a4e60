import { el } from './el.js';
import { KIND_STYLES, shapePoints, type KindStyle } from './kindStyles.js';

const SVG = 'http://www.w3.org/2000/svg';

function swatch(style: KindStyle): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const points = shapePoints(style.shape);
  const shape = document.createElementNS(SVG, points ? 'polygon' : style.shape === 'ellipse' ? 'circle' : 'rect');
  if (points) shape.setAttribute('points', points);
  else if (style.shape === 'ellipse') Object.entries({ cx: '8', cy: '8', r: '7' }).forEach(([k, v]) => shape.setAttribute(k, v));
  else Object.entries({ x: '1', y: '2', width: '14', height: '12', rx: style.shape === 'round-rectangle' ? '3' : '0' }).forEach(([k, v]) => shape.setAttribute(k, v));
  shape.setAttribute('fill', style.colour);
  svg.append(shape);
  return svg;
}

/** The legend: every kind's shape and colour; kinds not in view are dimmed, so the legend reads the view. */
export function renderLegend(list: HTMLElement, kindsInView: Set<string>): void {
  list.replaceChildren(
    ...Object.entries(KIND_STYLES).map(([kind, style]) => el('li', { class: kindsInView.has(kind) ? undefined : 'dim', 'data-kind': kind }, swatch(style), style.name)),
    el('li', {}, el('span', { 'aria-hidden': 'true' }, '- - ▸'), 'via een lid of punt (opgerold naar het artikel)'),
  );
}
