/**
 * The grammar of the provision part of a Dutch or EU citation, e.g. `16(j)`, `55(1d)`, `9(6 en 8)`,
 * `5 lid 1 onder a en b`, `5(1)(c)`, `15 - 21`, `6, lid 2`, `1.10, 1.13 en 1.16`, `15n jo. 15o`,
 * `IV (2 sub e en 3)`, `III, onderdeel 2 en 5`. It reads from the start of the text and stops at the
 * first word it does not understand (usually the instrument's name). Every pattern is anchored and
 * bounded, so hostile input cannot make it backtrack for long.
 */

/** One numbered unit (article, recital, annex, division) with its paragraphs and points. */
export interface ParsedUnit {
  number: string;
  paragraphs: { label: string; points: string[] }[];
  /** Points directly under the unit (Article 16(j), Annex III point 2). */
  points: string[];
}

export interface ParsedList {
  units: ParsedUnit[];
  /** "e.v." / "ev." / "and following". */
  following: boolean;
  /** How many characters were understood. */
  consumed: number;
}

const NUMBER = /^\s*(\d{1,4}(?:[.:]\d{1,4})?[a-z]?|[ivxlc]{1,7})(?![\w:])/;
const RANGE = /^\s*(?:-|t\/m|tot en met)\s*(\d{1,4})(?![\w:])/;
const PAREN = /^\s*\(([^()]{1,60})\)/;
const LID = /^\s*,?\s*(?:lid|paragraaf)\s+(\d{1,3})(?!\w)/;
const POINT = /^\s*,?\s*(?:onder|sub|punt|onderdeel)\s+([a-z]|\d{1,3})(?!\w)/;
const MORE = /^\s*(?:,|\ben\b|&|\bjo\.?)\s*(\d{1,4}(?:[.:]\d{1,4})?[a-z]?|[a-z]|[ivxlc]{1,7})(?![\w:])/;
const FOLLOWING = /^\s*(?:e\.\s?v\.?|ev\.?|en volgende)(?!\w)/;
/** Most units a range may expand to: "Artikel 1 - 9999" is not a citation. */
const MAX_RANGE = 200;

/** Parses a provision list; `roman` says whether unit numbers are roman (annexes). */
export function parseProvisionList(text: string, options: { roman?: boolean } = {}): ParsedList {
  const units: ParsedUnit[] = [];
  let rest = text.toLowerCase();
  const start = rest.length;
  let level: 'unit' | 'paragraph' | 'point' = 'unit';
  let following = false;

  const first = NUMBER.exec(rest);
  if (!first || (!options.roman && !/^\d/.test(first[1] as string)) || (options.roman && /^\d/.test(first[1] as string))) {
    return { units, following, consumed: 0 };
  }
  const newUnit = (number: string) => {
    units.push({ number: options.roman ? number.toUpperCase() : number, paragraphs: [], points: [] });
    level = 'unit';
  };
  newUnit(first[1] as string);
  rest = rest.slice(first[0].length);

  for (let guard = 0; guard < 200 && rest.length > 0; guard++) {
    const unit = units[units.length - 1] as ParsedUnit;
    const lastParagraph = unit.paragraphs[unit.paragraphs.length - 1];
    let m: RegExpExecArray | null;
    if ((m = RANGE.exec(rest)) && level === 'unit' && /^\d+$/.test(unit.number)) {
      const from = Number(unit.number);
      const to = Number(m[1]);
      if (to <= from || to - from > MAX_RANGE) break;
      for (let n = from + 1; n <= to; n++) newUnit(String(n));
    } else if ((m = PAREN.exec(rest))) {
      if (!readParenthesis(m[1] as string, unit)) break;
      level = unit.paragraphs.length > 0 && unit.paragraphs[unit.paragraphs.length - 1]?.points.length ? 'point' : unit.paragraphs.length ? 'paragraph' : 'point';
    } else if ((m = LID.exec(rest))) {
      unit.paragraphs.push({ label: m[1] as string, points: [] });
      level = 'paragraph';
    } else if ((m = POINT.exec(rest))) {
      (lastParagraph && level !== 'unit' ? lastParagraph.points : unit.points).push(m[1] as string);
      level = 'point';
    } else if ((m = FOLLOWING.exec(rest))) {
      following = true;
    } else if ((m = MORE.exec(rest))) {
      const token = m[1] as string;
      if (level === 'point' && /^[a-z]$|^\d{1,3}$/.test(token)) {
        (lastParagraph && lastParagraph.points.length ? lastParagraph.points : unit.points).push(token);
      } else if (level === 'paragraph' && /^\d{1,3}$/.test(token)) {
        unit.paragraphs.push({ label: token, points: [] });
      } else if (options.roman ? /^[ivxlc]+$/.test(token) : /^\d/.test(token)) {
        newUnit(token);
      } else break;
    } else break;
    rest = rest.slice(m[0].length);
  }
  return { units, following, consumed: start - rest.length };
}

/** Reads `(j)`, `(1d)`, `(6 en 8)`, `(1 sub i)`, `(1)` then `(c)`, `(2 sub e en 3)` into the unit. */
function readParenthesis(content: string, unit: ParsedUnit): boolean {
  const parts = content.trim().split(/\s*(?:,|\ben\b|&)\s*/);
  const added: ParsedUnit['paragraphs'] = [];
  const points: string[] = [];
  for (const part of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,3})\s*([a-z])?$/.exec(part))) added.push({ label: m[1] as string, points: m[2] ? [m[2]] : [] });
    else if ((m = /^(\d{1,3})\s+(?:sub|onder|punt)\s+([a-z]|\d{1,3})$/.exec(part))) added.push({ label: m[1] as string, points: [m[2] as string] });
    else if ((m = /^([a-z]{1,2})$/.exec(part))) points.push(m[1] as string);
    else return false;
  }
  unit.paragraphs.push(...added);
  if (points.length > 0) {
    // `5(1)(c)`: a point after a paragraph belongs to that paragraph; `16(j)`: directly to the article.
    const last = added.length === 0 ? unit.paragraphs[unit.paragraphs.length - 1] : undefined;
    (last ? last.points : unit.points).push(...points);
  }
  return true;
}
