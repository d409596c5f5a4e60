import { findInstrumentInText, fold, instrumentById, instrumentFromUrl, type InstrumentInfo } from './instruments';
import { parseProvisionList, type ParsedUnit } from './parseProvisionList';
import { provisionId } from './provisionIds';

/** What a citation names. */
export type CitationResolution =
  | { status: 'provisions'; instrument: string; ids: string[]; following: boolean }
  | { status: 'instrument'; instrument: string }
  | { status: 'ruling'; id: string }
  | { status: 'not-legal' }
  | { status: 'unresolved'; reason: string };

/** Longest citation text considered; anything longer is not a citation. */
const MAX_LENGTH = 500;
const ECLI = /\bECLI:([A-Z]{2}):([A-Z0-9]{1,7}):(\d{4}):([A-Z0-9.]{1,25})\b/i;
/** The word that opens a provision citation, and what it opens. */
const OPENERS: { pattern: RegExp; kind: 'article' | 'recital' | 'annex' | 'division' }[] = [
  { pattern: /^(?:artikelen|artikel|art\.|articles|article)\s*/, kind: 'article' },
  { pattern: /^(?:overwegingen|overweging|recitals|recital)\s*/, kind: 'recital' },
  { pattern: /^(?:bijlagen|bijlage|annexes|annex)\s*/, kind: 'annex' },
  { pattern: /^(?:hoofdstuk|afdeling)\s*/, kind: 'division' },
];
const FOLLOWING = /(?<![\w.])(?:e\.\s?v\.?|ev\.)(?!\w)/;
const BW = /\b(?:bw|burgerlijk wetboek)\b/;
const BW_BOOKS: Record<string, string> = { '6': 'nl:BWBR0005289', '7': 'nl:BWBR0005290' };

/**
 * Resolves one citation, such as a Bronnen link's text ("Artikel 16(j) Verordening Artificiële
 * Intelligentie"), a curated reference ("artikel 6:185 BW") or an API argument ("55(1)(d) AI Act").
 * The instrument is taken from the text, else from the link's URL (CELEX, OJ reference, BWB id),
 * else from `contextInstrument`. Text that names no provision or instrument is `not-legal`.
 */
export function resolveCitation(text: string, options: { url?: string; contextInstrument?: string } = {}): CitationResolution {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (raw === '' || raw.length > MAX_LENGTH) return { status: 'not-legal' };
  const ecli = ECLI.exec(raw);
  if (ecli) return { status: 'ruling', id: `ecli:${ecli.slice(1, 5).join(':').toUpperCase()}` };

  const lower = raw.toLowerCase().replace(/^[-*•]\s*/, '');
  const opener = OPENERS.find((o) => o.pattern.test(lower));
  const startsWithNumber = /^\d/.test(lower);
  const named = findInstrumentInText(raw);
  const fromUrl = options.url ? instrumentFromUrl(options.url) : undefined;
  const context = options.contextInstrument ? instrumentById(options.contextInstrument) : undefined;

  // Without an opening word, only "55(1)(d) AI Act"-style text that names its instrument is a citation.
  if (!opener && !(startsWithNumber && (named || BW.test(fold(raw))))) {
    // An instrument named at the very start ("Grondwet", "Archiefbesluit 1995") is a citation of it.
    if (named && named.index === 0) return { status: 'instrument', instrument: named.instrument.id };
    const byNumber = instrumentByNumber(lower);
    if (byNumber && /^(verordening|richtlijn|regulation|directive)\b/.test(lower)) return { status: 'instrument', instrument: byNumber.id };
    return { status: 'not-legal' };
  }

  const kind = opener?.kind ?? 'article';
  const body = opener ? lower.replace(opener.pattern, '') : lower;
  if (kind === 'division') return resolveDivision(lower, body, named?.instrument ?? fromUrl ?? context);

  const list = parseProvisionList(body, { roman: kind === 'annex' });
  if (list.units.length === 0) return { status: 'unresolved', reason: 'no provision number follows the word that opens the citation' };

  // Civil Code articles are cited as book:article ("6:185 BW"); the book picks the BWB id.
  let instrument = named?.instrument ?? fromUrl;
  const isBw = BW.test(fold(raw)) && list.units.every((u) => /^\d+:\d+[a-z]?$/.test(u.number));
  if (isBw) {
    const book = list.units[0]?.number.split(':')[0] as string;
    instrument = instrumentById(BW_BOOKS[book] ?? '');
    if (!instrument) return { status: 'unresolved', reason: `book ${book} of the Civil Code is not known` };
  }
  instrument ??= context ?? instrumentByNumber(lower);
  if (!instrument) return { status: 'unresolved', reason: 'the citation names no known instrument' };
  return {
    status: 'provisions',
    instrument: instrument.id,
    ids: unique(list.units.flatMap((unit) => unitIds(instrument as InstrumentInfo, kind, unit, isBw))),
    // "e.v." may stand after the code's name ("6:185 BW e.v."), where the list grammar has stopped.
    following: list.following || FOLLOWING.test(lower),
  };
}

/** Ids for one parsed unit: the most specific provisions it names. */
function unitIds(instrument: InstrumentInfo, kind: 'article' | 'recital' | 'annex', unit: ParsedUnit, isBw: boolean): string[] {
  if (kind === 'recital') return [provisionId.recital(instrument.id, unit.number)];
  const base =
    kind === 'annex'
      ? provisionId.annex(instrument.id, unit.number)
      : provisionId.article(instrument.id, isBw ? (unit.number.split(':')[1] as string) : unit.number);
  // In an annex, numbered parts are points too (`Bijlage IV (2 sub e)` is point e of point 2).
  const sub = kind === 'annex' ? provisionId.point : provisionId.paragraph;
  const ids: string[] = [];
  for (const paragraph of unit.paragraphs) {
    const paragraphId = sub(base, paragraph.label);
    if (paragraph.points.length === 0) ids.push(paragraphId);
    for (const point of paragraph.points) ids.push(provisionId.point(paragraphId, point));
  }
  for (const point of unit.points) ids.push(provisionId.point(base, point));
  return ids.length > 0 ? ids : [base];
}

/** `Hoofdstuk 12.4 BIO`, `Afdeling 3.2 Awb`: a division of an instrument. */
function resolveDivision(lower: string, body: string, instrument: InstrumentInfo | undefined): CitationResolution {
  const number = /^(\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,7})(?!\w)/.exec(body)?.[1];
  if (!number) return { status: 'unresolved', reason: 'no division number follows' };
  if (!instrument) return { status: 'unresolved', reason: 'the citation names no known instrument' };
  const prefix = lower.startsWith('hoofdstuk') ? 'hfd' : 'afd';
  return { status: 'provisions', instrument: instrument.id, ids: [provisionId.division(instrument.id, `${prefix}_${number.toUpperCase()}`)], following: false };
}

/** An EU act cited by its number: "Verordening 2017/745", "Verordening (EU) 2024/1689", "Richtlijn 2024/2853". */
function instrumentByNumber(lower: string): InstrumentInfo | undefined {
  const m = /\b(verordening|richtlijn|regulation|directive)\s*(?:\((?:eu|eg|eeg)\)\s*(?:nr\.\s*)?)?(\d{4})\/(\d{1,4})\b/.exec(lower);
  if (!m) return undefined;
  const type = m[1] === 'verordening' || m[1] === 'regulation' ? 'reg' : 'dir';
  return instrumentById(`eu:${type}/${m[2]}/${Number(m[3])}`);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
