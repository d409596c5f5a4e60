/**
 * Every relationship type the graph holds, with what it means. Neo4j relationship types and
 * GraphQL edge types come only from this list, never from input.
 */
export const EDGE_TYPES = {
  PART_OF: 'A provision lies inside its parent (point → paragraph → article → instrument), by id.',
  GROUPED_IN: 'An article lies in a chapter, section or named group (e.g. the Wgbo) of its instrument.',
  REFERS_TO: 'A provision refers to another provision.',
  CITES: 'A document cites a provision, an instrument or a source (its Bronnen).',
  MENTIONS: 'A free-text document mentions a provision, instrument or ruling.',
  LINKS_TO: 'An Algoritmekader document links to another one in its body.',
  IMPLEMENTS: 'A measure serves a requirement (the measure’s `vereiste:` list).',
  SUPPORTS: 'A tool helps to meet a requirement or to carry out a measure.',
  BINDS: 'A requirement or obligation binds a role or actor.',
  INVOLVES: 'A document involves an organisational role (`rollen:`).',
  IN_PHASE: 'A document belongs to a lifecycle phase (`levenscyclus:`).',
  HAS_TOPIC: 'A document is about a topic (`onderwerp:`).',
  IN_RISK_GROUP: 'A requirement applies to an AI Act risk group (`risicogroep:`, older `publicatiecategorie:`).',
  FOR_APPLICATION: 'A document applies to a type of application (`soort-toepassing:`).',
  RESTS_ON: 'An obligation, liability route, defence, risk category or practice rests on a provision.',
  BORNE_BY: 'A liability route is borne by an actor.',
  HAS_DEFENCE: 'A liability route can be met with a defence.',
  DECIDED_IN: 'A liability route or defence was shaped by a ruling.',
  INTERPRETS: 'A ruling interprets a provision.',
  APPLIES: 'From a milestone’s date, a provision applies.',
  PLAYS: 'An actor plays a role the law defines (a care provider using AI is a gebruiksverantwoordelijke).',
  TREATED_AS: 'A role is treated as another role under a condition (a deployer marketing under its own name is an aanbieder).',
  DEFINED_BY: 'A role or concept is defined by a provision.',
  IN_CATEGORY: 'A prohibited practice or an example belongs to a risk category.',
} as const;

/** A relationship type; see {@link EDGE_TYPES}. */
export type EdgeType = keyof typeof EDGE_TYPES;

/** All edge types, in a fixed order. */
export const EDGE_TYPE_NAMES = Object.keys(EDGE_TYPES) as EdgeType[];

/** True when `value` names an edge type of the model. */
export function isEdgeType(value: unknown): value is EdgeType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EDGE_TYPES, value);
}
