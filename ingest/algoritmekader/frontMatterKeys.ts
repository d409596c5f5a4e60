import type { EdgeType } from '../../src/domain/edgeTypes';
import type { NodeKind } from '../../src/domain/nodeKinds';
import type { TaxonomyGroup } from '../../src/domain/ids';

/**
 * The one place where Algoritmekader front-matter keys meet the model (design.md §4). Each tag list
 * becomes edges to taxonomy, role or organisational-role nodes; other tag lists become properties.
 */
export interface TagKey {
  /** The key(s) in the front matter; later names first, older names after (`publicatiecategorie`). */
  keys: readonly string[];
  edgeType: EdgeType;
  targetKind: NodeKind;
  /** The taxonomy group the values belong to, or `role` for AI Act roles. */
  group: TaxonomyGroup | 'role';
}

export const TAG_KEYS: readonly TagKey[] = [
  { keys: ['levenscyclus'], edgeType: 'IN_PHASE', targetKind: 'LifecyclePhase', group: 'levenscyclus' },
  { keys: ['onderwerp'], edgeType: 'HAS_TOPIC', targetKind: 'Topic', group: 'onderwerp' },
  // `publicatiecategorie` is the older name of `risicogroep` (seed 000).
  { keys: ['risicogroep', 'publicatiecategorie'], edgeType: 'IN_RISK_GROUP', targetKind: 'RiskGroup', group: 'risicogroep' },
  { keys: ['soort-toepassing'], edgeType: 'FOR_APPLICATION', targetKind: 'ApplicationType', group: 'soort-toepassing' },
  { keys: ['rol-ai-act'], edgeType: 'BINDS', targetKind: 'Role', group: 'role' },
  { keys: ['rollen'], edgeType: 'INVOLVES', targetKind: 'OrganisationRole', group: 'rollen' },
];

/** Tag lists kept as node properties (camelCase name in the graph ← key in the front matter). */
export const TAG_PROPS: Readonly<Record<string, string>> = {
  systemicRisk: 'systeemrisico',
  transparencyObligation: 'transparantieverplichting',
  openSource: 'open-source',
  exceptions: 'uitzondering',
  requirementStatus: 'status_vereiste',
  toolCategories: 'categorie',
};

/** Keys that link one Algoritmekader document to others, by file name without `.md`. */
export const LINK_KEYS = {
  requirements: 'vereiste',
  measures: 'maatregel',
} as const;

/** Keys for the document itself. `summary` is an older spelling of `toelichting`. */
export const DOCUMENT_KEYS = {
  id: 'id',
  title: 'title',
  summary: ['toelichting', 'summary'],
  auditSources: 'sources',
  version: 'version',
  versionDate: 'version_date',
} as const;

/** Layout keys for the website, ignored on purpose. */
export const IGNORED_KEYS = ['hide', 'allow_excel_export'] as const;
