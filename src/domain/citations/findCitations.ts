import { findInstrumentInText, INSTRUMENTS, fold } from './instruments';
import { resolveCitation, type CitationResolution } from './resolveCitation';

/** A citation found in running text, with the line it starts on (1-based). */
export interface FoundCitation {
  text: string;
  line: number;
  resolution: CitationResolution;
}

const OPENER = /\b(?:artikelen|artikel|art\.|article|overwegingen|overweging|bijlage)\s+\d/gi;
const ECLI = /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}\b/gi;
const EU_ACT = /\b(?:verordening|richtlijn)\s*(?:\((?:eu|eg|eeg)\)\s*)?\d{4}\/\d{1,4}\b/gi;
/** How far a citation may run: it ends at a closing parenthesis, a semicolon or this many characters. */
const WINDOW = 90;
/** How far back a bare "artikel 2 lid 6" looks for the instrument it belongs to. */
const CONTEXT = 600;
/** Instrument names that are also ordinary words or too short to trust in running text. */
const AMBIGUOUS = new Set(['bio', 'aia', 'pld', 'woo', 'handvest', 'archiefwet']);

/**
 * Finds the citations in a free-text document (an article converted from PDF, with hard line breaks
 * and page breaks): provisions ("artikel 6:185 BW e.v.", "artikel 2 lid 6"), EU acts by number
 * ("Verordening 2017/745"), rulings (ECLI) and instruments named outright (AVG, Wkkgz). A provision
 * without an instrument takes the instrument named most recently before it, else stays unresolved.
 */
export function findCitations(text: string): FoundCitation[] {
  // One space for every run of whitespace, keeping a map back to lines so each hit knows its line.
  const flat: string[] = [];
  const lineAt: number[] = [];
  let line = 1;
  let pendingSpace = false;
  for (const char of text) {
    if (char === '\n') line++;
    if (/\s/.test(char)) {
      pendingSpace = flat.length > 0;
      continue;
    }
    if (pendingSpace) {
      flat.push(' ');
      lineAt.push(line);
      pendingSpace = false;
    }
    flat.push(char);
    lineAt.push(line);
  }
  const joined = flat.join('');
  const found: { index: number; text: string; resolution: CitationResolution }[] = [];

  for (const match of joined.matchAll(OPENER)) {
    const index = match.index ?? 0;
    let window = joined.slice(index, index + WINDOW);
    // A sentence ends at ". Word"; "ev. BW" does not end one.
    const end = window.search(/[);]|\. [A-Z][a-z]/);
    if (end > 0) window = window.slice(0, end);
    const context = lastInstrumentBefore(joined, index);
    const resolution = resolveCitation(window, context ? { contextInstrument: context } : {});
    found.push({ index, text: trimCitation(window), resolution });
  }
  for (const match of joined.matchAll(ECLI)) {
    found.push({ index: match.index ?? 0, text: match[0], resolution: resolveCitation(match[0]) });
  }
  for (const match of joined.matchAll(EU_ACT)) {
    found.push({ index: match.index ?? 0, text: match[0], resolution: resolveCitation(match[0]) });
  }
  for (const mention of instrumentMentions(joined)) {
    if (!found.some((f) => mention.index >= f.index && mention.index < f.index + f.text.length)) found.push(mention);
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => ({ text: f.text, line: lineAt[f.index] ?? 1, resolution: f.resolution }));
}

/** The citation proper: up to the end of what names the provision and its instrument, not the sentence after. */
function trimCitation(window: string): string {
  const words = window.split(' ');
  return words.slice(0, Math.min(words.length, 8)).join(' ').replace(/[,.:]+$/, '');
}

function lastInstrumentBefore(text: string, index: number): string | undefined {
  const before = text.slice(Math.max(0, index - CONTEXT), index);
  let last: { id: string; at: number } | undefined;
  for (const { id, pattern } of MENTION_PATTERNS) {
    for (const m of before.matchAll(pattern)) {
      if (!last || (m.index ?? 0) >= last.at) last = { id, at: m.index ?? 0 };
    }
  }
  return last?.id;
}

const MENTION_PATTERNS = INSTRUMENTS.flatMap((instrument) =>
  [...instrument.aliases, instrument.shortName]
    .filter((alias) => !AMBIGUOUS.has(fold(alias)) && !/\d{4}\/\d/.test(alias))
    .map((alias) => ({ id: instrument.id, pattern: new RegExp(`(?<![\\w-])${escape(alias)}(?![\\w-])`, 'gi') })),
);

function instrumentMentions(text: string): { index: number; text: string; resolution: CitationResolution }[] {
  const mentions: { index: number; text: string; resolution: CitationResolution }[] = [];
  for (const { id, pattern } of MENTION_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (findInstrumentInText(m[0])?.instrument.id === id) mentions.push({ index: m.index ?? 0, text: m[0], resolution: { status: 'instrument', instrument: id } });
    }
  }
  return mentions;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+');
}
