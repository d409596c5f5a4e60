import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { findInstrument, instrumentById } from '../domain/citations/instruments';
import { resolveCitation } from '../domain/citations/resolveCitation';
import { KgError } from '../domain/errors';
import type { GraphEdge } from '../domain/GraphEdge';
import type { GraphNode } from '../domain/GraphNode';
import { ids, slug } from '../domain/ids';
import { articleOf, compareArticles } from './articleOf';
import { bounded, edgeTypes, isoDate, LIMITS, nodeKinds } from './arguments';
import type { KgContext } from './KgContext';
import { NodeInterface } from './node.interface';
import { RequirementFilter } from './requirementFilter.input';
import { toGqlEdge, toGqlNode } from './toGqlNode';
import { ChapterCoverage } from './chapterCoverage.type';
import { Duty } from './duty.type';
import { LiabilityRoute, Milestone, Provision, Requirement } from './nodes.type';
import { ProvisionDuties } from './provisionDuties.type';
import { PageInfo, RequirementConnection, RequirementEdge } from './requirementConnection.type';
import { SearchHit } from './searchHit.type';
import { Count, Stats } from './stats.type';
import { Subgraph } from './subgraph.type';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

@Resolver()
export class QueryResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any node by its id.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: KgContext) {
    const node = await ctx.loaders.node.load(id);
    return node ? toGqlNode(node) : null;
  }

  @Query(() => Provision, { nullable: true, description: 'A provision by id or by citation: "Artikel 16(j) AI-verordening", "art. 6:185 BW", "55(1)(d) AI Act".' })
  async provision(@Arg('ref', () => String) ref: string, @Ctx() ctx: KgContext) {
    const direct = await ctx.loaders.node.load(ref.trim());
    if (direct?.kind === 'Provision') return toGqlNode(direct);
    const resolution = resolveCitation(ref);
    if (resolution.status !== 'provisions') return null;
    const node = await ctx.loaders.node.load(resolution.ids[0] as string);
    return node?.kind === 'Provision' ? toGqlNode(node) : null;
  }

  @Query(() => RequirementConnection, { description: 'Requirements, filtered, a page at a time.' })
  async requirements(
    @Ctx() ctx: KgContext,
    @Arg('filter', () => RequirementFilter, { nullable: true }) filter?: RequirementFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: LIMITS.first.default, description: 'Page size, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string,
  ) {
    const size = bounded('first', first, LIMITS.first);
    let candidates = await ctx.store.findNodes({ kind: 'Requirement' });
    if (filter) candidates = await filterRequirements(ctx, candidates, filter);
    const start = after ? candidates.findIndex((n) => n.id === decodeCursor(after)) + 1 : 0;
    if (after && start === 0) throw new KgError('BAD_INPUT', 'the cursor in `after` is not one this query returned');
    const page = candidates.slice(start, start + size);
    const edges = page.map((node) => Object.assign(new RequirementEdge(), { cursor: encodeCursor(node.id), node: toGqlNode<Requirement>(node) }));
    return Object.assign(new RequirementConnection(), {
      totalCount: candidates.length,
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: start + size < candidates.length, endCursor: edges[edges.length - 1]?.cursor }),
    });
  }

  @Query(() => [ProvisionDuties], { description: 'Articles that impose duties on a role, with the requirements and obligations that say so.' })
  async articlesImposingDuties(
    @Arg('role', () => String, { description: 'Role or actor key: `aanbieder`, `gebruiksverantwoordelijke`, `zorgaanbieder`, …' }) role: string,
    @Ctx() ctx: KgContext,
    @Arg('instrument', () => String, { nullable: true, description: 'Instrument id or name, e.g. `eu:reg/2024/1689` or `AVG`.' }) instrument?: string,
  ) {
    const roleIds = await resolveRole(ctx, role);
    const instrumentId = instrument ? resolveInstrument(instrument) : undefined;
    const bound = await ctx.store.getEdges({ nodeIds: roleIds, direction: 'in', types: ['BINDS'] });
    const evidenceIds = [...new Set(bound.map((e) => e.source))];
    const grounds = await ctx.store.getEdges({ nodeIds: evidenceIds, direction: 'out', types: ['CITES', 'RESTS_ON'] });
    const perArticle = new Map<string, Set<string>>();
    for (const edge of grounds) {
      const article = articleOf(edge.target);
      if (!article || (instrumentId && !article.startsWith(`${instrumentId}/`))) continue;
      const set = perArticle.get(article) ?? new Set<string>();
      set.add(edge.source);
      perArticle.set(article, set);
    }
    const articles = [...perArticle.keys()].sort(compareArticles);
    const nodes = await loadAll(ctx, [...articles, ...evidenceIds]);
    return articles
      .filter((id) => nodes.has(id))
      .map((id) =>
        Object.assign(new ProvisionDuties(), {
          provision: toGqlNode(nodes.get(id) as GraphNode),
          evidence: [...(perArticle.get(id) ?? [])].sort().map((e) => nodes.get(e)).filter(present).map((n) => toGqlNode(n)),
        }),
      );
  }

  @Query(() => [Duty], { description: 'What a role or actor must do, each duty with the provisions it rests on.' })
  async dutiesOf(@Arg('role', () => String) role: string, @Ctx() ctx: KgContext) {
    const roleIds = await resolveRole(ctx, role);
    const bound = await ctx.store.getEdges({ nodeIds: roleIds, direction: 'in', types: ['BINDS'] });
    const dutyIds = [...new Set(bound.map((e) => e.source))].sort();
    const grounds = await ctx.store.getEdges({ nodeIds: dutyIds, direction: 'out', types: ['CITES', 'RESTS_ON'] });
    const nodes = await loadAll(ctx, [...dutyIds, ...grounds.map((e) => e.target)]);
    return dutyIds
      .map((id) => nodes.get(id))
      .filter(present)
      .sort((a, b) => (a.kind === b.kind ? byId(a, b) : a.kind === 'Obligation' ? -1 : 1))
      .map((node) =>
        Object.assign(new Duty(), {
          node: toGqlNode(node),
          provisions: grounds
            .filter((e) => e.source === node.id)
            .map((e) => nodes.get(e.target))
            .filter((n): n is GraphNode => n?.kind === 'Provision')
            .sort(byId)
            .map((n) => toGqlNode(n)),
        }),
      );
  }

  @Query(() => [LiabilityRoute], { description: 'Routes to liability for harm from a defective AI system: bearer, basis, defences, rulings.' })
  async liabilityRoutes(@Ctx() ctx: KgContext, @Arg('actor', () => String, { nullable: true, description: 'Only routes borne by this actor key, e.g. `producent`.' }) actor?: string) {
    let routes = await ctx.store.findNodes({ kind: 'LiabilityRoute' });
    if (actor) {
      const actorIds = new Set(await resolveRole(ctx, actor));
      const borne = await ctx.store.getEdges({ nodeIds: routes.map((r) => r.id), direction: 'out', types: ['BORNE_BY'] });
      const keep = new Set(borne.filter((e) => actorIds.has(e.target)).map((e) => e.source));
      routes = routes.filter((r) => keep.has(r.id));
    }
    return routes.map((r) => toGqlNode<LiabilityRoute>(r));
  }

  @Query(() => [Milestone], { description: 'The milestones in force on a date: what applies then, earliest first.' })
  async applicableOn(@Arg('date', () => String, { description: 'ISO date, e.g. 2026-01-01.' }) date: string, @Ctx() ctx: KgContext, @Arg('instrument', () => String, { nullable: true }) instrument?: string) {
    const day = isoDate(date);
    const instrumentId = instrument ? resolveInstrument(instrument) : undefined;
    const milestones = await ctx.store.findNodes({ kind: 'Milestone', ...(instrumentId ? { where: { instrument: instrumentId } } : {}) });
    return milestones
      .filter((m) => typeof m.props.date === 'string' && m.props.date <= day)
      .sort((a, b) => (String(a.props.date) < String(b.props.date) ? -1 : 1))
      .map((m) => toGqlNode<Milestone>(m));
  }

  @Query(() => Subgraph, { nullable: true, description: 'A shortest path between two nodes (edges followed either way), or null.' })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: KgContext,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: LIMITS.hops.default, description: 'At most 10.' }) maxHops?: number,
  ) {
    const found = await ctx.store.shortestPath({ from, to, maxHops: bounded('maxHops', maxHops, LIMITS.hops) });
    return found ? toSubgraph(found.nodes, found.edges) : null;
  }

  @Query(() => Subgraph, { description: 'The neighbourhood of a node to a depth, as nodes and edges ready to draw.' })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: KgContext,
    @Arg('depth', () => Int, { nullable: true, defaultValue: LIMITS.depth.default, description: 'At most 4.' }) depth?: number,
    @Arg('edgeTypes', () => [String], { nullable: true, description: 'Follow only these edge types.' }) types?: string[],
    @Arg('limit', () => Int, { nullable: true, defaultValue: LIMITS.nodes.default, description: 'Most nodes to return, at most 500.' }) limit?: number,
  ) {
    const found = await ctx.store.neighbourhood({ id, depth: bounded('depth', depth, LIMITS.depth), edgeTypes: edgeTypes(types), limit: bounded('limit', limit, LIMITS.nodes) });
    return toSubgraph(found.nodes, found.edges);
  }

  @Query(() => [ChapterCoverage], { description: 'Per chapter: the articles some requirement cites (directly or through a part) and those none cites.' })
  async coverage(@Arg('instrument', () => String) instrument: string, @Ctx() ctx: KgContext) {
    const instrumentId = resolveInstrument(instrument);
    const articles = await ctx.store.findNodes({ kind: 'Provision', where: { instrument: instrumentId, level: 'article' } });
    const requirements = await ctx.store.findNodes({ kind: 'Requirement' });
    const cites = await ctx.store.getEdges({ nodeIds: requirements.map((r) => r.id), direction: 'out', types: ['CITES'] });
    const cited = new Set(cites.map((e) => articleOf(e.target)).filter(present));
    const chapters = await ctx.store.findNodes({ kind: 'Provision', where: { instrument: instrumentId, level: 'chapter' } });
    const titles = new Map(chapters.map((c) => [String(c.props.number), typeof c.props.title === 'string' ? c.props.title : undefined]));
    const groups = new Map<string, GraphNode[]>();
    for (const article of articles) {
      const chapter = typeof article.props.chapter === 'string' ? article.props.chapter : '';
      groups.set(chapter, [...(groups.get(chapter) ?? []), article]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => romanValue(a) - romanValue(b))
      .map(([chapter, list]) => {
        const sorted = list.sort((a, b) => compareArticles(a.id, b.id));
        return Object.assign(new ChapterCoverage(), {
          chapter,
          title: titles.get(chapter),
          cited: sorted.filter((a) => cited.has(a.id)).map((a) => toGqlNode(a)),
          notCited: sorted.filter((a) => !cited.has(a.id)).map((a) => toGqlNode(a)),
        });
      });
  }

  @Query(() => [SearchHit], { description: 'Free-text search over titles and texts (Dutch; prefix and typo tolerant), ranked, with a snippet.' })
  async search(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: KgContext,
    @Arg('kinds', () => [String], { nullable: true, description: 'Only these node kinds, e.g. ["Requirement", "Measure"].' }) kinds?: string[],
    @Arg('first', () => Int, { nullable: true, defaultValue: LIMITS.first.default, description: 'At most 100.' }) first?: number,
  ) {
    if (text.trim() === '' || text.length > 200) throw new KgError('BAD_INPUT', 'text must be 1 to 200 characters');
    const hits = await ctx.store.search({ text, kinds: nodeKinds(kinds), limit: bounded('first', first, LIMITS.first) });
    return hits.map((hit) => Object.assign(new SearchHit(), { node: toGqlNode(hit.node), score: hit.score, snippet: hit.snippet }));
  }

  @Query(() => Stats, { description: 'Counts for dashboards.' })
  async stats(@Ctx() ctx: KgContext) {
    const counts = await ctx.store.counts();
    const rows = (entries: [string, number | undefined][]) => entries.map(([key, count]) => Object.assign(new Count(), { keys: [key], count: count ?? 0 }));
    const facet = async (query: Parameters<KgContext['store']['facetCounts']>[0]) =>
      (await ctx.store.facetCounts(query)).map((row) => Object.assign(new Count(), row));
    return Object.assign(new Stats(), {
      nodesPerKind: rows(Object.entries(counts.nodes)),
      edgesPerType: rows(Object.entries(counts.edges)),
      requirementsPerRoleAndPhase: await facet({ kind: 'Requirement', by: [{ edgeType: 'BINDS', direction: 'out' }, { edgeType: 'IN_PHASE', direction: 'out' }] }),
      requirementsPerTopic: await facet({ kind: 'Requirement', by: [{ edgeType: 'HAS_TOPIC', direction: 'out' }] }),
      requirementsPerInstrument: await facet({ kind: 'Requirement', by: [{ edgeType: 'CITES', direction: 'out', targetProp: 'instrument' }] }),
      measuresPerRequirement: await measuresPerRequirement(ctx),
    });
  }
}

/** The role and actor ids a key names, with the roles an actor plays (a zorgaanbieder is a gebruiksverantwoordelijke). */
async function resolveRole(ctx: KgContext, key: string): Promise<string[]> {
  const candidates = [ids.role(key), ids.actor(key)];
  const found = (await ctx.store.getNodes(candidates)).filter(present);
  if (found.length === 0) throw new KgError('BAD_INPUT', `no role or actor is called "${slug(key)}"`);
  const plays = await ctx.store.getEdges({ nodeIds: found.map((n) => n.id), direction: 'out', types: ['PLAYS'] });
  return [...new Set([...found.map((n) => n.id), ...plays.map((e) => e.target)])];
}

function resolveInstrument(value: string): string {
  const instrument = instrumentById(value.trim()) ?? findInstrument(value);
  if (!instrument) throw new KgError('BAD_INPUT', `no instrument is known as "${value}"`);
  return instrument.id;
}

async function loadAll(ctx: KgContext, list: string[]): Promise<Map<string, GraphNode>> {
  const nodes = await ctx.loaders.node.loadMany([...new Set(list)]);
  return new Map(nodes.filter((n): n is GraphNode => !!n && !(n instanceof Error)).map((n) => [n.id, n]));
}

async function filterRequirements(ctx: KgContext, candidates: GraphNode[], filter: RequirementFilter): Promise<GraphNode[]> {
  const out = await ctx.store.getEdges({ nodeIds: candidates.map((c) => c.id), direction: 'out' });
  const targets = new Map<string, GraphEdge[]>();
  for (const edge of out) targets.set(edge.source, [...(targets.get(edge.source) ?? []), edge]);
  const has = (id: string, type: GraphEdge['type'], test: (target: string) => boolean) => (targets.get(id) ?? []).some((e) => e.type === type && test(e.target));
  const conditions: ((id: string) => boolean)[] = [];
  if (filter.role) conditions.push((id) => has(id, 'BINDS', (t) => t === ids.role(filter.role as string)));
  if (filter.lifecyclePhase) conditions.push((id) => has(id, 'IN_PHASE', (t) => t === ids.taxonomy('levenscyclus', filter.lifecyclePhase as string)));
  if (filter.topic) conditions.push((id) => has(id, 'HAS_TOPIC', (t) => t === ids.taxonomy('onderwerp', filter.topic as string)));
  if (filter.riskGroup) conditions.push((id) => has(id, 'IN_RISK_GROUP', (t) => t === ids.taxonomy('risicogroep', filter.riskGroup as string)));
  if (filter.applicationType) conditions.push((id) => has(id, 'FOR_APPLICATION', (t) => t === ids.taxonomy('soort-toepassing', filter.applicationType as string)));
  if (filter.provision) {
    const resolution = resolveCitation(filter.provision);
    const roots = /^(eu|nl):/.test(filter.provision) ? [filter.provision.trim()] : resolution.status === 'provisions' ? resolution.ids : [];
    if (roots.length === 0) throw new KgError('BAD_INPUT', `"${filter.provision}" names no provision`);
    // A citation of a part (16(j)) counts as citing the whole (Article 16).
    conditions.push((id) => has(id, 'CITES', (t) => roots.some((root) => t === root || t.startsWith(`${root}/`))));
  }
  if (filter.text) {
    const hits = await ctx.store.search({ text: filter.text, kinds: ['Requirement'], limit: 1000 });
    const matching = new Set(hits.map((h) => h.node.id));
    conditions.push((id) => matching.has(id));
  }
  return candidates.filter((c) => conditions.every((condition) => condition(c.id)));
}

async function measuresPerRequirement(ctx: KgContext): Promise<Count[]> {
  const requirements = await ctx.store.findNodes({ kind: 'Requirement' });
  const edges = await ctx.store.getEdges({ nodeIds: requirements.map((r) => r.id), direction: 'in', types: ['IMPLEMENTS'] });
  const counts = new Map(requirements.map((r) => [r.id, 0]));
  for (const edge of edges) counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, count]) => Object.assign(new Count(), { keys: [key], count }));
}

function toSubgraph(nodes: GraphNode[], edges: GraphEdge[]): Subgraph {
  return Object.assign(new Subgraph(), { nodes: nodes.map((n) => toGqlNode(n)), edges: edges.map(toGqlEdge) });
}

const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i] as string] ?? 0;
    total += v < (values[roman[i + 1] as string] ?? 0) ? -v : v;
  }
  return total;
}
