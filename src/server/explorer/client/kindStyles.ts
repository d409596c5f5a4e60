/** The shapes the explorer uses; cytoscape draws them, the legend draws them as SVG. */
export type KindShape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond' | 'triangle' | 'hexagon' | 'octagon' | 'pentagon' | 'star' | 'vee';

/** How one node kind looks, and what the legend calls it. */
export interface KindStyle {
  colour: string;
  shape: KindShape;
  name: string;
}

/**
 * Colour and shape per node kind. Families share a hue (law blue, Algoritmekader green, parties orange,
 * care and liability red/purple, taxonomy grey) and differ in shape, so kinds stay apart without colour too.
 */
export const KIND_STYLES: Record<string, KindStyle> = {
  Instrument: { colour: '#1f4e9c', shape: 'octagon', name: 'Instrument (wet, verordening)' },
  Provision: { colour: '#4a86e8', shape: 'round-rectangle', name: 'Bepaling (artikel, lid, punt)' },
  Ruling: { colour: '#274472', shape: 'pentagon', name: 'Uitspraak (ECLI)' },
  Requirement: { colour: '#2e9e5b', shape: 'ellipse', name: 'Vereiste (Algoritmekader)' },
  Measure: { colour: '#7cc49a', shape: 'diamond', name: 'Maatregel' },
  Tool: { colour: '#a8d5b9', shape: 'triangle', name: 'Hulpmiddel' },
  Source: { colour: '#c6ccd4', shape: 'rectangle', name: 'Andere bron' },
  Document: { colour: '#8fa3a0', shape: 'rectangle', name: 'Document' },
  Role: { colour: '#e8871e', shape: 'hexagon', name: 'Rol (AI-verordening)' },
  Actor: { colour: '#f2b134', shape: 'hexagon', name: 'Partij in de zorg' },
  OrganisationRole: { colour: '#f6d08a', shape: 'ellipse', name: 'Rol in de organisatie' },
  Obligation: { colour: '#c0392b', shape: 'round-rectangle', name: 'Verplichting' },
  LiabilityRoute: { colour: '#8e44ad', shape: 'star', name: 'Aansprakelijkheidsroute' },
  Defence: { colour: '#c39bd3', shape: 'vee', name: 'Verweer' },
  Milestone: { colour: '#d35480', shape: 'diamond', name: 'Mijlpaal (datum)' },
  RiskCategory: { colour: '#e06666', shape: 'triangle', name: 'Risicocategorie' },
  ProhibitedPractice: { colour: '#990000', shape: 'octagon', name: 'Verboden praktijk' },
  LifecyclePhase: { colour: '#9aa5b1', shape: 'ellipse', name: 'Levenscyclusfase' },
  Topic: { colour: '#b7bfc8', shape: 'ellipse', name: 'Onderwerp' },
  RiskGroup: { colour: '#8391a0', shape: 'triangle', name: 'Risicogroep' },
  ApplicationType: { colour: '#cfd5dc', shape: 'diamond', name: 'Soort toepassing' },
};

/** The style of a kind the explorer does not know (a newer API): grey circles, named by the kind. */
export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? { colour: '#999999', shape: 'ellipse', name: kind };
}

/** SVG points of a shape in a 16×16 box, for the legend (cytoscape draws the canvas itself). */
export function shapePoints(shape: KindShape): string | undefined {
  const polygon = (n: number, rotate: number, inner?: number) =>
    Array.from({ length: inner ? n * 2 : n }, (_, i) => {
      const r = inner && i % 2 === 1 ? inner : 7;
      const angle = rotate + (i * Math.PI * 2) / (inner ? n * 2 : n);
      return `${(8 + r * Math.cos(angle)).toFixed(1)},${(8 + r * Math.sin(angle)).toFixed(1)}`;
    }).join(' ');
  switch (shape) {
    case 'diamond':
      return '8,1 15,8 8,15 1,8';
    case 'triangle':
      return '8,1 15,15 1,15';
    case 'vee':
      return '1,1 8,6 15,1 8,15';
    case 'hexagon':
      return polygon(6, 0);
    case 'octagon':
      return polygon(8, Math.PI / 8);
    case 'pentagon':
      return polygon(5, -Math.PI / 2);
    case 'star':
      return polygon(5, -Math.PI / 2, 3);
    default:
      return undefined;
  }
}
