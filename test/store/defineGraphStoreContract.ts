import { KgError } from '../../src/domain/errors';
import type { GraphBatch } from '../../src/domain/GraphBatch';
import type { GraphStore } from '../../src/store/GraphStore';
import { smallGraph } from './fixtures/smallGraph';

const AIA = 'eu:reg/2024/1689';
const ids = (items: { id: string }[]) => items.map((i) => i.id);

export interface ContractOptions {
  /** The real corpus graph with its ingest report, to check that counts survive a round trip. */
  corpusBatch?: () => Promise<{ batch: GraphBatch; report: { nodes: Record<string, number>; edges: Record<string, number> } }>;
}

/**
 * The behaviour every GraphStore must have, written once against the port only, and run against
 * each store (design.md §4).
 */
export function defineGraphStoreContract(name: string, createStore: () => Promise<GraphStore>, options: ContractOptions = {}): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await createStore();
      await store.replaceGraph(smallGraph());
    });
    afterAll(async () => {
      await store.close();
    });

    it('reads back exactly the graph it was given, sorted', async () => {
      expect(await store.exportGraph()).toEqual(smallGraph());
    });

    it('reports itself healthy with its size', async () => {
      expect(await store.health()).toMatchObject({ ok: true, store: store.name, nodes: 12, edges: 15 });
    });

    it('gets many nodes in one call, in order, with null for unknown ids', async () => {
      const nodes = await store.getNodes(['role:aanbieder', 'nope', `${AIA}/art_16`]);
      expect(nodes.map((n) => n?.id ?? null)).toEqual(['role:aanbieder', null, `${AIA}/art_16`]);
      expect(nodes[2]).toMatchObject({ kind: 'Provision', props: { number: '16', chapter: 'III' }, origin: { path: 'fixture.md', line: 1 } });
    });

    it('gets the edges of many nodes at once, by direction and type', async () => {
      const out = await store.getEdges({ nodeIds: ['urn:nl:ak:ver:aia-18', 'urn:nl:ak:ver:aia-07'], direction: 'out', types: ['CITES'] });
      expect(out.map((e) => `${e.source}>${e.target}`)).toEqual([
        `urn:nl:ak:ver:aia-07>${AIA}/art_20`,
        `urn:nl:ak:ver:aia-18>${AIA}/art_16/pnt_j`,
        `urn:nl:ak:ver:aia-18>${AIA}/art_20`,
      ]);
      const into = await store.getEdges({ nodeIds: ['urn:nl:ak:ver:aia-18'], direction: 'in' });
      expect(into.map((e) => e.type)).toEqual(['IMPLEMENTS']);
      const both = await store.getEdges({ nodeIds: [`${AIA}/art_16`], direction: 'both' });
      expect(both.map((e) => e.type).sort()).toEqual(['PART_OF', 'PART_OF', 'REFERS_TO']);
      expect(out[0]?.provenance).toEqual({ path: 'fixture.md', line: 1 });
    });

    it('finds nodes by kind and by property, also inside list properties', async () => {
      expect(ids(await store.findNodes({ kind: 'Requirement' }))).toEqual(['urn:nl:ak:ver:aia-07', 'urn:nl:ak:ver:aia-18']);
      expect(ids(await store.findNodes({ kind: 'Provision', where: { instrument: AIA, level: 'article' } }))).toEqual([`${AIA}/art_16`, `${AIA}/art_20`]);
      expect(ids(await store.findNodes({ where: { tags: 'monitoring' } }))).toEqual(['urn:nl:ak:ver:aia-18']);
      expect(await store.findNodes({ kind: 'Requirement', limit: 1 })).toHaveLength(1);
    });

    it('returns a neighbourhood to a depth, nearer nodes first, filtered by edge type', async () => {
      const one = await store.neighbourhood({ id: 'urn:nl:ak:ver:aia-18', depth: 1, limit: 100 });
      expect(ids(one.nodes)).toEqual([
        'ak:levenscyclus/monitoring-en-beheer',
        `${AIA}/art_16/pnt_j`,
        `${AIA}/art_20`,
        'role:aanbieder',
        'urn:nl:ak:mtr:mon-01',
        'urn:nl:ak:ver:aia-18',
      ]);
      expect(one.edges).toHaveLength(5);
      const cites = await store.neighbourhood({ id: 'urn:nl:ak:ver:aia-18', depth: 2, edgeTypes: ['CITES', 'PART_OF'], limit: 100 });
      expect(ids(cites.nodes)).toContain(`${AIA}/art_16`);
      expect(cites.edges.every((e) => e.type === 'CITES' || e.type === 'PART_OF')).toBe(true);
      const limited = await store.neighbourhood({ id: 'urn:nl:ak:ver:aia-18', depth: 3, limit: 3 });
      expect(limited.nodes).toHaveLength(3);
      expect(ids(limited.nodes)).toContain('urn:nl:ak:ver:aia-18');
      expect(await store.neighbourhood({ id: 'nope', depth: 2, limit: 10 })).toEqual({ nodes: [], edges: [] });
    });

    it('finds a shortest path ignoring direction, within the hop limit', async () => {
      const path = await store.shortestPath({ from: 'urn:nl:ak:ver:aia-18', to: 'nl:BWBR0005289/boek_6/art_185', maxHops: 6 });
      expect(ids(path?.nodes ?? [])).toEqual(['urn:nl:ak:ver:aia-18', 'role:aanbieder', 'kg:obligation/x', 'nl:BWBR0005289/boek_6/art_185']);
      expect(path?.edges.map((e) => e.type)).toEqual(['BINDS', 'BINDS', 'RESTS_ON']);
      expect(await store.shortestPath({ from: 'urn:nl:ak:ver:aia-18', to: 'nl:BWBR0005289/boek_6/art_185', maxHops: 2 })).toBeNull();
      expect(await store.shortestPath({ from: 'urn:nl:ak:ver:aia-18', to: 'nl:BWBR0005289/boek_6/art_185', maxHops: 6, edgeTypes: ['CITES'] })).toBeNull();
    });

    it('searches Dutch text with prefixes and typos, filtered by kind', async () => {
      const hits = await store.search({ text: 'corrigerende', limit: 5 });
      expect(hits[0]?.node.id).toBe('urn:nl:ak:ver:aia-18');
      expect(hits[0]?.snippet).toMatch(/corrigerende/);
      expect((await store.search({ text: 'logboek', limit: 5 }))[0]?.node.id).toBe('urn:nl:ak:ver:aia-07');
      expect((await store.search({ text: 'logregistrate', limit: 5 }))[0]?.node.id).toBe('urn:nl:ak:ver:aia-07');
      expect(await store.search({ text: 'aanbieder', kinds: ['Measure'], limit: 5 })).toEqual([]);
    });

    it('counts nodes per kind and edges per type', async () => {
      const counts = await store.counts();
      expect(counts.nodes).toMatchObject({ Requirement: 2, Provision: 4, Role: 1 });
      expect(counts.edges).toMatchObject({ CITES: 3, PART_OF: 3, BINDS: 3 });
    });

    it('counts facets, one or two at a time, by target id or by a target property', async () => {
      expect(await store.facetCounts({ kind: 'Requirement', by: [{ edgeType: 'IN_PHASE', direction: 'out' }] })).toEqual([
        { keys: ['ak:levenscyclus/monitoring-en-beheer'], count: 2 },
        { keys: ['ak:levenscyclus/ontwikkelen'], count: 1 },
      ]);
      expect(
        await store.facetCounts({ kind: 'Requirement', by: [{ edgeType: 'BINDS', direction: 'out' }, { edgeType: 'IN_PHASE', direction: 'out' }] }),
      ).toEqual([
        { keys: ['role:aanbieder', 'ak:levenscyclus/monitoring-en-beheer'], count: 2 },
        { keys: ['role:aanbieder', 'ak:levenscyclus/ontwikkelen'], count: 1 },
      ]);
      expect(await store.facetCounts({ kind: 'Requirement', by: [{ edgeType: 'CITES', direction: 'out', targetProp: 'instrument' }] })).toEqual([{ keys: [AIA], count: 2 }]);
    });

    it('refuses a batch with a dangling edge or a duplicate id and keeps the previous graph', async () => {
      const before = await store.exportGraph();
      const dangling = smallGraph();
      dangling.edges.push({ ...dangling.edges[0]!, id: 'x|CITES|nowhere', target: 'nowhere' });
      await expect(store.replaceGraph(dangling)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      const duplicate = smallGraph();
      duplicate.nodes.push({ ...duplicate.nodes[0]! });
      await expect(store.replaceGraph(duplicate)).rejects.toBeInstanceOf(KgError);
      expect(await store.exportGraph()).toEqual(before);
    });

    it('gives the same graph when the same batch is written twice', async () => {
      await store.replaceGraph(smallGraph());
      const once = await store.exportGraph();
      await store.replaceGraph(smallGraph());
      expect(await store.exportGraph()).toEqual(once);
    });

    if (options.corpusBatch) {
      it('holds the corpus graph with the node and edge counts of the ingest report', async () => {
        const { batch, report } = await options.corpusBatch!();
        await store.replaceGraph(batch);
        const counts = await store.counts();
        expect(counts.nodes).toEqual(report.nodes);
        expect(counts.edges).toEqual(report.edges);
        await store.replaceGraph(smallGraph());
      });
    }
  });
}
