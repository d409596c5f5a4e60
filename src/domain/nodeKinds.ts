/**
 * Every kind of node the graph holds. The list is the single source of truth: Neo4j labels,
 * GraphQL kinds and ingest validation all come from here, never from input.
 */
export const NODE_KINDS = [
  // law
  'Instrument', // a legal act: AI Act, AVG, BW book 6, … (props: shortName, jurisdiction, celex, eli, bwb, uri)
  'Provision', // any addressable part of an instrument: chapter, section, article, paragraph, point, recital, annex, group
  'Ruling', // case law, id by ECLI
  // Algoritmekader
  'Requirement', // vereiste
  'Measure', // maatregel
  'Tool', // hulpmiddel
  'Source', // a cited non-legal source (guidance, standard, web page), id from its URL
  'Document', // free text (an article, a note) that mentions provisions, instruments and rulings
  // parties
  'Role', // a role the law defines: aanbieder, gebruiksverantwoordelijke, importeur, distributeur, …
  'Actor', // a party in care: zorgaanbieder, zorgverlener, patiënt, producent, …
  'OrganisationRole', // Algoritmekader "rollen": projectleider, ontwikkelaar, jurist, beleid-en-advies
  // healthcare obligations and liability
  'Obligation', // a duty of an actor, resting on provisions
  'LiabilityRoute', // a way to hold a party liable for harm, with bearer, basis, defences and rulings
  'Defence', // a ground on which the bearer of a liability route escapes it
  'Milestone', // a date from which provisions apply
  'RiskCategory', // AI Act risk category: unacceptable, high, limited, minimal
  'ProhibitedPractice', // one of the AI practices prohibited by Article 5 AI Act
  // taxonomy values from the Algoritmekader front matter
  'LifecyclePhase',
  'Topic',
  'RiskGroup',
  'ApplicationType',
] as const;

/** A node kind; see {@link NODE_KINDS}. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** True when `value` names a node kind of the model. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}
