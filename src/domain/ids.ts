/**
 * Canonical ids for everything that is not a legal provision (those live in `citations/provisionIds`).
 * Algoritmekader documents keep their own URNs; taxonomy values, roles and actors get short,
 * readable, stable ids.
 */

/** The Algoritmekader front-matter tag groups that become taxonomy nodes. */
export type TaxonomyGroup = 'levenscyclus' | 'onderwerp' | 'risicogroep' | 'soort-toepassing' | 'rollen';

export const ids = {
  requirement: (code: string) => `urn:nl:ak:ver:${code}`,
  measure: (code: string) => `urn:nl:ak:mtr:${code}`,
  /** Tools have no id in the Algoritmekader; derive one from the file name. */
  tool: (fileStem: string) => `urn:nl:ak:hlp:${slug(fileStem)}`,
  taxonomy: (group: TaxonomyGroup, value: string) => `ak:${group}/${slug(value)}`,
  role: (key: string) => `role:${slug(key)}`,
  actor: (key: string) => `actor:${slug(key)}`,
  source: (url: string) => `source:${url.trim()}`,
  document: (fileStem: string) => `doc:${slug(fileStem)}`,
};

/** Lower-case, ASCII-folded, hyphen-separated form of a key or file name. */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
