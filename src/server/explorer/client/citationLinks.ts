/** A link to where a legal text or ruling is published. */
export interface CitationLink {
  href: string;
  text: string;
}

// European Case Law Identifier: ECLI:country:court:year:number (only these characters reach the link).
const ECLI = /^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$/;

const KNOWN_HOSTS: [RegExp, string][] = [
  [/^https:\/\/eur-lex\.europa\.eu\//, 'EUR-Lex'],
  [/^https:\/\/wetten\.overheid\.nl\//, 'wetten.overheid.nl'],
  [/^https:\/\/(uitspraken\.)?rechtspraak\.nl\//, 'rechtspraak.nl'],
];

/** The publisher's name for a link, or the host for any other https page; undefined for non-web values. */
export function publisherOf(href: string): string | undefined {
  for (const [pattern, name] of KNOWN_HOSTS) if (pattern.test(href)) return name;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The links of one node: its own `uri`/`eli` (EUR-Lex, wetten.overheid.nl) and, for a ruling, the
 * ECLI's page on rechtspraak.nl (the data keeps the ECLI, the portal's address follows from it).
 */
export function citationLinks(id: string, properties: { key: string; values: string[] }[], uri?: string | null): CitationLink[] {
  const links = new Map<string, CitationLink>();
  const add = (href: string | undefined | null) => {
    const publisher = href ? publisherOf(href) : undefined;
    if (href && publisher && !links.has(href)) links.set(href, { href, text: publisher });
  };
  add(uri);
  for (const property of properties) if (['uri', 'eli', 'url'].includes(property.key)) property.values.forEach(add);
  const ecli = (properties.find((p) => p.key === 'ecli')?.values[0] ?? (id.startsWith('ecli:') ? id : '')).toUpperCase();
  if (ECLI.test(ecli)) add(`https://uitspraken.rechtspraak.nl/details?id=${ecli}`);
  return [...links.values()];
}
