import { INSTRUMENTS, instrumentById, type InstrumentInfo } from './instruments';

/**
 * Canonical provision ids (design.md §3): the instrument id followed by EUR-Lex-style segments,
 * `art_16/pnt_j`, `art_55/par_1/pnt_d`, `rct_138`, `anx_IV`, divisions such as `cpt_III/sct_3`, and
 * for the Civil Code the book: `nl:BWBR0005289/boek_6/art_185`. The id alone says where a provision
 * sits, so its parents follow from it.
 */
export const provisionId = {
  article: (instrumentId: string, number: string) => `${instrumentById(instrumentId)?.articleBase ?? instrumentId}/art_${clean(number)}`,
  paragraph: (articleId: string, label: string) => `${articleId}/par_${clean(label)}`,
  point: (parentId: string, label: string) => `${parentId}/pnt_${clean(label)}`,
  recital: (instrumentId: string, number: string) => `${instrumentId}/rct_${clean(number)}`,
  annex: (instrumentId: string, roman: string) => `${instrumentId}/anx_${clean(roman).toUpperCase()}`,
  division: (instrumentId: string, path: string) => `${instrumentId}/${path}`,
};

/** Levels of provision, from the last segment of an id. */
export type ProvisionLevel = 'article' | 'paragraph' | 'point' | 'recital' | 'annex' | 'division' | 'book';

export interface ProvisionInfo {
  id: string;
  instrument: string;
  level: ProvisionLevel;
  article?: string;
  paragraph?: string;
  point?: string;
  /** Number of a recital, annex, division or book. */
  number?: string;
  /** How a Dutch lawyer would write it: 'Artikel 16(j) AI-verordening', 'Artikel 6:185 lid 1 BW'. */
  label: string;
  uri?: string;
}

const SEGMENT_LEVEL: Record<string, ProvisionLevel> = { art: 'article', par: 'paragraph', pnt: 'point', rct: 'recital', anx: 'annex', boek: 'book' };
const DIVISION_NAMES: Record<string, string> = { cpt: 'Hoofdstuk', sct: 'Afdeling', titel: 'Titel', afd: 'Afdeling', hfd: 'Hoofdstuk' };
/** Instrument ids longest first, so a provision id finds its own instrument, not a shorter prefix. */
const instrumentIds = INSTRUMENTS.map((i) => i.id).sort((a, b) => b.length - a.length);

function clean(label: string): string {
  return label.trim().replace(/[\s()]+/g, '');
}

function split(id: string): { instrument: InstrumentInfo; segments: string[] } | undefined {
  const instrumentId = instrumentIds.find((i) => id === i || id.startsWith(`${i}/`));
  const instrument = instrumentId ? instrumentById(instrumentId) : undefined;
  if (!instrument) return undefined;
  const rest = id.slice(instrument.id.length + 1);
  return { instrument, segments: rest === '' ? [] : rest.split('/') };
}

/** The ids above a provision, nearest first, ending with its instrument; [] for an instrument or an unknown id. */
export function ancestorIds(id: string): string[] {
  const parts = split(id);
  if (!parts) return [];
  const ancestors: string[] = [];
  for (let n = parts.segments.length - 1; n >= 1; n--) ancestors.push(`${parts.instrument.id}/${parts.segments.slice(0, n).join('/')}`);
  if (parts.segments.length > 0) ancestors.push(parts.instrument.id);
  return ancestors;
}

/** What a provision id means, with a readable label and a link where one can be derived. */
export function describeProvision(id: string): ProvisionInfo | undefined {
  const parts = split(id);
  if (!parts || parts.segments.length === 0) return undefined;
  const { instrument, segments } = parts;
  const values: Record<string, string> = {};
  const pointsInOrder: string[] = [];
  let level: ProvisionLevel = 'division';
  let number: string | undefined;
  for (const segment of segments) {
    const cut = segment.indexOf('_');
    if (cut <= 0) return undefined;
    const kind = segment.slice(0, cut);
    const value = segment.slice(cut + 1);
    if (value === '') return undefined;
    level = SEGMENT_LEVEL[kind] ?? 'division';
    if (kind === 'pnt') pointsInOrder.push(value);
    else values[kind] = value;
    if (!['art', 'par', 'pnt'].includes(kind)) number = value;
  }
  const book = values.boek;
  const name = instrument.type === 'code' ? 'BW' : instrument.shortName;
  const info: ProvisionInfo = { id, instrument: instrument.id, level, label: '' };
  if (values.art) info.article = book ? `${book}:${values.art}` : values.art;
  if (values.par && values.art) info.paragraph = values.par;
  if (pointsInOrder.length > 0) info.point = pointsInOrder[pointsInOrder.length - 1];
  if (level !== 'article' && level !== 'paragraph' && level !== 'point') info.number = number;

  const isEu = instrument.jurisdiction === 'EU' && !instrument.bwb;
  const subdivisions = (): string =>
    isEu
      ? `${values.par ? `(${values.par})` : ''}${pointsInOrder.map((p) => `(${p})`).join('')}`
      : `${values.par ? ` lid ${values.par}` : ''}${pointsInOrder.length ? ` sub ${pointsInOrder.join(' ')}` : ''}`;
  switch (level) {
    case 'article':
    case 'paragraph':
    case 'point':
      if (values.anx) info.label = `Bijlage ${values.anx} ${pointsInOrder.map((p) => `(${p})`).join('')} ${name}`.replace(/\s+/g, ' ');
      else info.label = `Artikel ${info.article}${subdivisions()} ${name}`;
      break;
    case 'recital':
      info.label = `Overweging ${values.rct} ${name}`;
      break;
    case 'annex':
      info.label = `Bijlage ${values.anx} ${name}`;
      break;
    case 'book':
      info.label = `Boek ${book} ${name}`;
      break;
    default:
      info.label = `${segments.map((s) => `${DIVISION_NAMES[s.split('_')[0] as string] ?? ''} ${s.slice(s.indexOf('_') + 1)}`.trim()).join(', ')} ${name}`;
  }
  info.uri = uriOf(instrument, values, book);
  return info;
}

function uriOf(instrument: InstrumentInfo, values: Record<string, string>, book: string | undefined): string | undefined {
  if (instrument.celex) {
    const anchor = values.art ? `#art_${values.art}` : values.anx ? `#anx_${values.anx}` : values.rct ? `#rct_${values.rct}` : '';
    return `${instrument.uri}${anchor}`;
  }
  if (instrument.bwb && values.art) {
    // Juriconnect reference to the article on wetten.overheid.nl.
    return `https://wetten.overheid.nl/jci1.3:c:${instrument.bwb}${book ? `&boek=${book}` : ''}&artikel=${values.art}`;
  }
  return instrument.uri;
}
