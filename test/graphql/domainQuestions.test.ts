import { startApi, type Json, type RunningApi } from '../server/support';
import { corpusStore } from './support';

const AIA = 'eu:reg/2024/1689';

/** The questions of domain.md §6, asked over HTTP against the corpus graph. */
describe('the domain questions, over HTTP, on the corpus graph', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(await corpusStore());
  });
  afterAll(() => api.stop());

  async function ask(query: string): Promise<Json> {
    const { status, json } = await api.gql(query);
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    expect(status).toBe(200);
    return json.data;
  }

  it('1. lists the AI Act articles that impose duties on an aanbieder, with requirements as evidence', async () => {
    const data = await ask(`{ articlesImposingDuties(role: "aanbieder", instrument: "${AIA}") { provision { id number } evidence { id kind } } }`);
    const byNumber = new Map<string, string[]>(data.articlesImposingDuties.map((d: Json) => [d.provision.number, d.evidence.map((e: Json) => e.id)]));
    for (const n of ['9', '10', '11', '12', '13', '14', '15', '16', '17', '20', '55']) expect(byNumber.has(n)).toBe(true);
    expect(byNumber.get('16')).toEqual(expect.arrayContaining(['urn:nl:ak:ver:aia-18', 'urn:nl:ak:ver:aia-11']));
    expect(byNumber.get('55')).toEqual(expect.arrayContaining(['urn:nl:ak:ver:aia-32']));
    // Sorted by article number as a number.
    const numbers = data.articlesImposingDuties.map((d: Json) => Number(d.provision.number));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('1b. ties a gebruiksverantwoordelijke to Article 26, and a zorgaanbieder through the role it plays', async () => {
    const deployer = await ask(`{ articlesImposingDuties(role: "gebruiksverantwoordelijke") { provision { id } evidence { id } } }`);
    const art26 = deployer.articlesImposingDuties.find((d: Json) => d.provision.id === `${AIA}/art_26`);
    expect(art26.evidence.map((e: Json) => e.id)).toEqual(expect.arrayContaining(['urn:nl:ak:ver:aia-21', 'kg:obligation/keep-logs']));
    const care = await ask(`{ articlesImposingDuties(role: "zorgaanbieder") { provision { id } } }`);
    expect(care.articlesImposingDuties.map((d: Json) => d.provision.id)).toEqual(expect.arrayContaining([`${AIA}/art_26`, 'nl:BWBR0005290/boek_7/art_463']));
  });

  it('2. finds the requirements citing Article 16, including aia-18 through its point j', async () => {
    const data = await ask(`{ requirements(filter: { provision: "${AIA}/art_16" }, first: 50) { totalCount edges { node { code } } } }`);
    const codes = data.requirements.edges.map((e: Json) => e.node.code);
    expect(codes).toContain('aia-18');
    expect(data.requirements.totalCount).toBe(codes.length);
    const byCitation = await ask(`{ requirements(filter: { provision: "Artikel 16(j) AI-verordening" }) { edges { node { code } } } }`);
    expect(byCitation.requirements.edges.map((e: Json) => e.node.code)).toEqual(['aia-18']);
  });

  it('2b. pages through requirements with a cursor and filters by role, phase and text', async () => {
    const first = await ask(`{ requirements(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.requirements.totalCount).toBe(63);
    const next = await ask(`{ requirements(first: 10, after: "${first.requirements.pageInfo.endCursor}") { edges { node { id } } } }`);
    expect(next.requirements.edges[0].node.id).not.toBe(first.requirements.edges[9].node.id);
    const filtered = await ask(`{ requirements(filter: { role: "gebruiksverantwoordelijke", lifecyclePhase: "monitoring-en-beheer", text: "logs" }) { edges { node { code } } } }`);
    expect(filtered.requirements.edges.map((e: Json) => e.node.code)).toContain('aia-23');
  });

  it('3. says what a zorgaanbieder must do with high-risk AI and on which provisions each duty rests', async () => {
    const data = await ask(`{ dutiesOf(role: "zorgaanbieder") { node { id } provisions { id } } }`);
    const duties = new Map<string, string[]>(data.dutiesOf.map((d: Json) => [d.node.id, d.provisions.map((p: Json) => p.id)]));
    expect(duties.get('kg:obligation/keep-logs')).toEqual([`${AIA}/art_26/par_6`]);
    expect(duties.get('kg:obligation/human-oversight')).toEqual(expect.arrayContaining([`${AIA}/art_26/par_2`]));
    expect(duties.get('kg:obligation/inform-patients-and-staff')).toEqual(expect.arrayContaining([`${AIA}/art_26/par_7`]));
  });

  it('4. lists liability routes with bearer, basis, defences and rulings', async () => {
    const data = await ask(`{ liabilityRoutes(actor: "producent") { id bearers { id } basis { id } defences { id } rulings { id } } }`);
    const product = data.liabilityRoutes.find((r: Json) => r.basis.some((b: Json) => b.id === 'nl:BWBR0005289/boek_6/art_185'));
    expect(product.bearers.map((b: Json) => b.id)).toContain('actor:producent');
    expect(product.defences).toHaveLength(6);
    const all = await ask(`{ liabilityRoutes { basis { id } rulings { id } } }`);
    const auxiliary = all.liabilityRoutes.find((r: Json) => r.basis.some((b: Json) => b.id === 'nl:BWBR0005289/boek_6/art_77'));
    expect(auxiliary.rulings.map((r: Json) => r.id).sort()).toEqual(['ecli:NL:HR:2020:1082', 'ecli:NL:HR:2020:1090']);
  });

  it('5. tells what applies on 2026-01-01 under the AI Act', async () => {
    const data = await ask(`{ applicableOn(date: "2026-01-01", instrument: "${AIA}") { date applies { id } } }`);
    expect(data.applicableOn.map((m: Json) => m.date)).toEqual(['2024-08-01', '2025-02-02', '2025-08-02']);
    const applies = data.applicableOn.flatMap((m: Json) => m.applies.map((a: Json) => a.id));
    expect(applies).toEqual(expect.arrayContaining([`${AIA}/cpt_I`, `${AIA}/cpt_II`, `${AIA}/cpt_V`]));
    const bad = await api.gql('{ applicableOn(date: "2026-02-30") { date } }');
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('6. connects aia-18 to BW 6:185 with a shortest path', async () => {
    const data = await ask(`{ path(from: "urn:nl:ak:ver:aia-18", to: "nl:BWBR0005289/boek_6/art_185") { nodes { id } edges { source target type } } }`);
    const nodes = data.path.nodes.map((n: Json) => n.id);
    expect(nodes[0]).toBe('urn:nl:ak:ver:aia-18');
    expect(nodes[nodes.length - 1]).toBe('nl:BWBR0005289/boek_6/art_185');
    expect(data.path.edges).toHaveLength(nodes.length - 1);
  });

  it('7. returns a neighbourhood as nodes and edges ready to draw', async () => {
    const data = await ask(`{ neighborhood(id: "urn:nl:ak:ver:aia-18", depth: 1) { nodes { id kind label } edges { id type source target } } }`);
    const ids = new Set(data.neighborhood.nodes.map((n: Json) => n.id));
    expect(ids).toEqual(expect.objectContaining({}));
    for (const id of [`${AIA}/art_20`, `${AIA}/art_16/pnt_j`, `${AIA}/art_55`]) expect(ids.has(id)).toBe(true);
    for (const edge of data.neighborhood.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const bad = await api.gql('{ neighborhood(id: "x", edgeTypes: ["NOPE"]) { nodes { id } } }');
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('8. lists per chapter the AI Act articles cited by no requirement', async () => {
    const data = await ask(`{ coverage(instrument: "AI-verordening") { chapter cited { number } notCited { number } } }`);
    expect(data.coverage.map((c: Json) => c.chapter)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']);
    const total = data.coverage.reduce((n: number, c: Json) => n + c.cited.length + c.notCited.length, 0);
    expect(total).toBe(113);
    const three = data.coverage.find((c: Json) => c.chapter === 'III');
    expect(three.cited.map((a: Json) => a.number)).toEqual(expect.arrayContaining(['16', '20', '26']));
    expect(three.notCited.map((a: Json) => a.number)).toContain('21');
  });

  it('9. searches Dutch text, filtered by kind, with snippets', async () => {
    const data = await ask(`{ search(text: "corrigerende maatregelen", kinds: ["Requirement"], first: 5) { node { id kind } snippet } }`);
    expect(data.search[0].node.id).toBe('urn:nl:ak:ver:aia-18');
    expect(data.search.every((h: Json) => h.node.kind === 'Requirement')).toBe(true);
    expect(data.search[0].snippet.toLowerCase()).toContain('corrigerende');
  });

  it('10. counts for dashboards', async () => {
    const data = await ask(`{ stats { nodesPerKind { keys count } requirementsPerRoleAndPhase { keys count } requirementsPerTopic { keys count } requirementsPerInstrument { keys count } measuresPerRequirement { keys count } } }`);
    const kinds = new Map(data.stats.nodesPerKind.map((c: Json) => [c.keys[0], c.count]));
    expect([kinds.get('Requirement'), kinds.get('Measure'), kinds.get('Tool')]).toEqual([63, 108, 28]);
    expect(data.stats.requirementsPerRoleAndPhase[0].keys).toHaveLength(2);
    expect(data.stats.requirementsPerInstrument.map((c: Json) => c.keys[0])).toEqual(expect.arrayContaining([AIA, 'eu:reg/2016/679']));
    expect(data.stats.measuresPerRequirement).toHaveLength(63);
  });

  it('resolves provision(ref) from ids and citations, with parent and what cites it', async () => {
    const data = await ask(`{ a: provision(ref: "Artikel 16(j) AI-verordening") { id parent { id } citedBy { id } }
      b: provision(ref: "art. 6:185 BW") { id number } c: provision(ref: "55(1)(d) AI Act") { id point } d: provision(ref: "Artikel 999 Onbekende wet") { id } }`);
    expect(data.a).toEqual({ id: `${AIA}/art_16/pnt_j`, parent: { id: `${AIA}/art_16` }, citedBy: [{ id: 'urn:nl:ak:ver:aia-18' }] });
    expect(data.b).toEqual({ id: 'nl:BWBR0005289/boek_6/art_185', number: '6:185' });
    expect(data.c).toEqual({ id: `${AIA}/art_55/par_1/pnt_d`, point: 'd' });
    expect(data.d).toBeNull();
  });
});
