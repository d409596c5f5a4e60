import type { GraphBatch } from '../../../src/domain/GraphBatch';
import type { GraphNode } from '../../../src/domain/GraphNode';
import { runIngest } from '../../../ingest/runIngest';

const AIA = 'eu:reg/2024/1689';
const BW6 = 'nl:BWBR0005289/boek_6';
const BW7 = 'nl:BWBR0005290/boek_7';

describe('the healthcare layer of the project dataset', () => {
  let batch: GraphBatch;
  beforeAll(async () => {
    ({ batch } = await runIngest({ sources: [] }));
  });

  const node = (id: string): GraphNode => {
    const found = batch.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`${id} is not in the graph`);
    return found;
  };
  const targets = (source: string, type: string): string[] =>
    batch.edges.filter((e) => e.source === source && e.type === type).map((e) => e.target).sort();
  const sources = (type: string, target: string): string[] =>
    batch.edges.filter((e) => e.type === type && e.target === target).map((e) => e.source).sort();
  const ofKind = (kind: string): GraphNode[] => batch.nodes.filter((n) => n.kind === kind);

  describe('roles and actors', () => {
    it('defines the AI Act roles by the points of Article 3: provider 3(3), deployer 3(4), importer 3(6), distributor 3(7)', () => {
      expect(targets('role:aanbieder', 'DEFINED_BY')).toEqual([`${AIA}/art_3/pnt_3`]);
      expect(targets('role:gebruiksverantwoordelijke', 'DEFINED_BY')).toEqual([`${AIA}/art_3/pnt_4`]);
      expect(targets('role:importeur', 'DEFINED_BY')).toEqual([`${AIA}/art_3/pnt_6`]);
      expect(targets('role:distributeur', 'DEFINED_BY')).toEqual([`${AIA}/art_3/pnt_7`]);
    });

    it('maps the article\'s gebruiker to the AI Act deployer: the zorgaanbieder plays gebruiksverantwoordelijke', () => {
      expect(targets('actor:zorgaanbieder', 'PLAYS')).toEqual(['role:gebruiksverantwoordelijke']);
    });

    it('treats a deployer that markets a high-risk system under its own name as provider, on the basis of Article 25(1)(a)', () => {
      expect(targets('role:gebruiksverantwoordelijke', 'TREATED_AS')).toEqual(['role:aanbieder']);
      expect(node('role:gebruiksverantwoordelijke').props.treatedAsProviderBasis).toBe(`${AIA}/art_25/par_1/pnt_a`);
      expect(targets('kg:obligation/deployer-marketing-as-provider', 'RESTS_ON')).toContain(`${AIA}/art_25/par_1/pnt_a`);
    });

    it('has the parties of the article: zorgaanbieder, zorgverlener, patiënt, producent, importeur in de EER, ontwikkelaar', () => {
      for (const id of ['actor:zorgaanbieder', 'actor:zorgverlener', 'actor:patient', 'actor:producent', 'actor:importeur-eer', 'actor:ontwikkelaar']) {
        expect(node(id).kind).toBe('Actor');
      }
    });
  });

  describe('duties', () => {
    const deployerDuties: [string, string[]][] = [
      ['kg:obligation/inform-patients-and-staff', [`${AIA}/art_26/par_7`, `${AIA}/art_26/par_11`]],
      ['kg:obligation/use-according-to-instructions', [`${AIA}/art_26/par_1`]],
      ['kg:obligation/ensure-good-input-data', [`${AIA}/art_26/par_4`]],
      ['kg:obligation/monitor-operation', [`${AIA}/art_26/par_5`]],
      ['kg:obligation/keep-logs', [`${AIA}/art_26/par_6`]],
      ['kg:obligation/report-serious-incidents', [`${AIA}/art_26/par_5`, `${AIA}/art_73`]],
      ['kg:obligation/human-oversight', [`${AIA}/art_26/par_2`]],
      ['kg:obligation/keep-meeting-existing-law', ['eu:reg/2016/679/art_35']],
    ];

    it.each(deployerDuties)('binds the zorgaanbieder as deployer to %s, resting on its AI Act provisions', (id, provisions) => {
      expect(node(id).kind).toBe('Obligation');
      expect(targets(id, 'BINDS')).toEqual(expect.arrayContaining(['actor:zorgaanbieder', 'role:gebruiksverantwoordelijke']));
      expect(targets(id, 'RESTS_ON')).toEqual(expect.arrayContaining(provisions));
    });

    it('puts AI literacy (Article 4) on providers and deployers alike', () => {
      expect(targets('kg:obligation/ai-literacy', 'BINDS')).toEqual(expect.arrayContaining(['role:aanbieder', 'role:gebruiksverantwoordelijke']));
      expect(targets('kg:obligation/ai-literacy', 'RESTS_ON')).toEqual([`${AIA}/art_4`]);
    });

    it('makes the provider build in logging (Article 12)', () => {
      expect(targets('kg:obligation/provider-builds-in-logging', 'BINDS')).toContain('role:aanbieder');
      expect(targets('kg:obligation/provider-builds-in-logging', 'RESTS_ON')).toContain(`${AIA}/art_12`);
    });

    it('rests the AVG duties on Articles 32, 30 and 13–14, and research use on 7:458 BW', () => {
      expect(targets('kg:obligation/secure-personal-data', 'RESTS_ON')).toEqual(['eu:reg/2016/679/art_32']);
      expect(targets('kg:obligation/processing-register', 'RESTS_ON')).toEqual(['eu:reg/2016/679/art_30']);
      expect(targets('kg:obligation/privacy-statement', 'RESTS_ON')).toEqual(['eu:reg/2016/679/art_13', 'eu:reg/2016/679/art_14']);
      expect(targets('kg:obligation/research-use-of-patient-data', 'RESTS_ON')).toEqual([`${BW7}/art_458`]);
    });

    it('has the Wkkgz duty to decide per AI system whether it is medical technology', () => {
      expect(targets('kg:obligation/medical-technology-decision', 'RESTS_ON')).toEqual(['nl:BWBR0037173/art_2']);
      expect(targets('kg:obligation/medical-technology-decision', 'BINDS')).toEqual(['actor:zorgaanbieder']);
    });

    it('has the MDR facts: software as a medical device (Art. 2(1)), CE marking is no warranty, in-house conditions 5(5)(a)–(h)', () => {
      expect(targets('kg:obligation/software-as-medical-device', 'RESTS_ON')).toEqual(['eu:reg/2017/745/art_2/pnt_1']);
      expect(targets('kg:obligation/ce-marking-is-no-warranty', 'RESTS_ON')).toEqual(['eu:reg/2017/745/art_20']);
      expect(targets('kg:obligation/in-house-device-conditions', 'RESTS_ON')).toEqual(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((p) => `eu:reg/2017/745/art_5/par_5/pnt_${p}`),
      );
      expect(node('kg:obligation/in-house-device-conditions').props.conditions).toHaveLength(7);
    });

    it('gives every obligation someone it binds and a provision it rests on', () => {
      const obligations = ofKind('Obligation');
      expect(obligations.length).toBeGreaterThanOrEqual(25);
      for (const obligation of obligations) {
        expect([obligation.id, targets(obligation.id, 'BINDS').length > 0, targets(obligation.id, 'RESTS_ON').length > 0]).toEqual([obligation.id, true, true]);
      }
    });
  });

  describe('liability', () => {
    const sixDefences = ['a', 'b', 'c', 'd', 'e', 'f'].map((p) => `${BW6}/art_185/par_1/pnt_${p}`);

    it('has a product liability route resting on 6:185 BW with six defences, each resting on its own point of 6:185(1), a to f', () => {
      const routes = sources('RESTS_ON', `${BW6}/art_185`).filter((id) => node(id).kind === 'LiabilityRoute');
      expect(routes).toEqual(['kg:liability-route/product-liability']);
      const defences = targets('kg:liability-route/product-liability', 'HAS_DEFENCE');
      expect(defences).toHaveLength(6);
      const grounds = defences.flatMap((d) => targets(d, 'RESTS_ON'));
      expect(grounds.sort()).toEqual(sixDefences);
      expect(targets('kg:liability-route/product-liability', 'RESTS_ON')).toContain(`${BW6}/art_186`);
      expect(targets('kg:liability-route/product-liability', 'BORNE_BY')).toEqual(expect.arrayContaining(['actor:producent', 'actor:importeur-eer']));
    });

    it('has the 6:77 route, borne by the zorgaanbieder, with the state-of-the-art defence resting on 7:453 BW, decided in Miragel and PIP', () => {
      const route = 'kg:liability-route/unsuitable-auxiliary-thing';
      expect(targets(route, 'RESTS_ON')).toEqual([`${BW6}/art_77`]);
      expect(targets(route, 'BORNE_BY')).toEqual(['actor:zorgaanbieder']);
      expect(targets(route, 'HAS_DEFENCE')).toEqual(['kg:defence/state-of-the-art']);
      expect(targets('kg:defence/state-of-the-art', 'RESTS_ON')).toContain(`${BW7}/art_453`);
      for (const id of [route, 'kg:defence/state-of-the-art']) expect(targets(id, 'DECIDED_IN')).toEqual(['ecli:NL:HR:2020:1082', 'ecli:NL:HR:2020:1090']);
      expect(node('ecli:NL:HR:2020:1082')).toMatchObject({ kind: 'Ruling', props: { date: '2020-06-19' } });
    });

    it('has the user routes: Wgbo breach (contract party), central liability 7:462 BW, tort 6:162 BW, tuchtrecht under the Wet BIG', () => {
      expect(targets('kg:liability-route/breach-of-treatment-contract', 'RESTS_ON')).toEqual(expect.arrayContaining([`${BW7}/art_446`, `${BW7}/art_463`]));
      expect(targets('kg:liability-route/central-liability-of-institution', 'RESTS_ON')).toEqual([`${BW7}/art_462`]);
      expect(targets('kg:liability-route/tort-by-professional', 'RESTS_ON')).toEqual([`${BW6}/art_162`]);
      expect(targets('kg:liability-route/tort-by-professional', 'BORNE_BY')).toEqual(['actor:zorgverlener']);
      expect(targets('kg:liability-route/disciplinary-liability', 'RESTS_ON')).toEqual(['nl:BWBR0006251/art_47/par_1']);
    });

    it('keeps liability towards the patient unlimitable (7:463 BW) while recourse against the seller stays open', () => {
      expect(targets('kg:obligation/no-limitation-towards-patient', 'RESTS_ON')).toEqual([`${BW7}/art_463`]);
      expect(node('kg:liability-route/breach-of-treatment-contract').props.limitable).toBe(false);
      expect(targets('kg:liability-route/recourse-against-seller', 'BORNE_BY')).toEqual(['actor:leverancier']);
    });

    it('has tort against the producer as the route after the ten-year expiry', () => {
      expect(targets('kg:liability-route/tort-by-producer', 'RESTS_ON')).toContain(`${BW6}/art_162`);
      expect(targets('kg:liability-route/tort-by-producer', 'BORNE_BY')).toEqual(['actor:producent']);
    });

    it('records the revised Product Liability Directive\'s changes on a route resting on Directive 2024/2853', () => {
      const route = node('kg:liability-route/revised-product-liability');
      expect(targets(route.id, 'RESTS_ON')).toEqual(['eu:dir/2024/2853']);
      expect(route.props.inForce).toBe('2024-12-08');
      expect(route.props.changes).toHaveLength(9);
      expect((route.props.changes as string[]).some((c) => c.includes('15'))).toBe(true);
      expect(targets(route.id, 'BORNE_BY')).toContain('actor:wezenlijke-wijziger');
    });

    it('gives every liability route a bearer and a basis', () => {
      const routes = ofKind('LiabilityRoute');
      expect(routes.length).toBeGreaterThanOrEqual(9);
      for (const route of routes) {
        expect([route.id, targets(route.id, 'BORNE_BY').length > 0, targets(route.id, 'RESTS_ON').length > 0]).toEqual([route.id, true, true]);
      }
    });
  });

  describe('the AI Act timeline', () => {
    const dates = ['2024-08-01', '2025-02-02', '2025-08-02', '2026-08-02', '2027-08-02', '2030-08-02', '2030-12-31'];

    it('has a Milestone for each date of the timeline, its id and `date` prop agreeing', () => {
      for (const date of dates) expect(node(`kg:milestone/${date}`)).toMatchObject({ kind: 'Milestone', props: { date, instrument: AIA } });
    });

    it('applies chapters I and II from 2025-02-02', () => {
      expect(targets('kg:milestone/2025-02-02', 'APPLIES')).toEqual([`${AIA}/cpt_I`, `${AIA}/cpt_II`]);
    });

    it('applies notified bodies, GPAI, governance, penalties and Article 78 from 2025-08-02, except Article 101', () => {
      expect(targets('kg:milestone/2025-08-02', 'APPLIES')).toEqual([`${AIA}/art_78`, `${AIA}/cpt_III/sct_4`, `${AIA}/cpt_V`, `${AIA}/cpt_VII`, `${AIA}/cpt_XII`]);
      expect(node('kg:milestone/2025-08-02').props.except).toEqual([`${AIA}/art_101`]);
    });

    it('applies the whole regulation from 2026-08-02 except Article 6(1), which follows on 2027-08-02', () => {
      expect(targets('kg:milestone/2026-08-02', 'APPLIES')).toEqual([AIA]);
      expect(node('kg:milestone/2026-08-02').props.except).toEqual([`${AIA}/art_6/par_1`]);
      expect(targets('kg:milestone/2027-08-02', 'APPLIES')).toEqual([`${AIA}/art_6/par_1`]);
    });

    it('has the legacy deadlines 2030-08-02 and 2030-12-31 resting on Article 111', () => {
      expect(targets('kg:milestone/2030-08-02', 'RESTS_ON')).toEqual([`${AIA}/art_111/par_2`]);
      expect(targets('kg:milestone/2030-12-31', 'RESTS_ON')).toEqual([`${AIA}/art_111/par_1`]);
    });

    it('says what applies on 2026-01-01: chapters I and II and the 2025-08-02 parts, not yet the whole regulation', () => {
      const applying = ofKind('Milestone')
        .filter((m) => m.props.instrument === AIA && String(m.props.date) <= '2026-01-01')
        .flatMap((m) => targets(m.id, 'APPLIES'));
      expect(applying).toEqual(expect.arrayContaining([`${AIA}/cpt_I`, `${AIA}/cpt_II`, `${AIA}/cpt_V`]));
      expect(applying).not.toContain(AIA);
    });
  });

  describe('risk categories and prohibited practices', () => {
    it('has the four risk categories, with examples for high, limited and minimal', () => {
      expect(ofKind('RiskCategory').map((c) => c.id).sort()).toEqual(['high', 'limited', 'minimal', 'unacceptable'].map((k) => `kg:risk-category/${k}`));
      expect(node('kg:risk-category/high').props.examples).toHaveLength(2);
      expect(node('kg:risk-category/limited').props.examples).toEqual(['een chatbot']);
      expect(node('kg:risk-category/minimal').props.examples).toEqual(['spamfilters', 'zoekmachines']);
    });

    it('has eight prohibited practices in the unacceptable category, resting one each on Article 5(1)(a) to (h)', () => {
      const practices = ofKind('ProhibitedPractice');
      expect(practices).toHaveLength(8);
      for (const practice of practices) expect(targets(practice.id, 'IN_CATEGORY')).toEqual(['kg:risk-category/unacceptable']);
      const grounds = practices.flatMap((p) => targets(p.id, 'RESTS_ON')).sort();
      expect(grounds).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((p) => `${AIA}/art_5/par_1/pnt_${p}`));
      expect(practices.filter((p) => p.props.exceptionsMayApply === true)).toHaveLength(4);
    });

    it('leaves scientific research (Art. 2(6)) and purely personal use (Art. 2(10)) out of scope', () => {
      expect(targets('kg:application-type/scientific-research-only', 'RESTS_ON')).toEqual([`${AIA}/art_2/par_6`]);
      expect(targets('kg:application-type/personal-non-professional-use', 'RESTS_ON')).toEqual([`${AIA}/art_2/par_10`]);
      expect(node('kg:application-type/scientific-research-only').props.inScope).toBe(false);
    });
  });
});
