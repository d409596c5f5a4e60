import { resolveCitation } from '../../../src/domain/citations/resolveCitation';

const AIA = 'eu:reg/2024/1689';
const AVG = 'eu:reg/2016/679';
const ids = (text: string, options?: Parameters<typeof resolveCitation>[1]) => {
  const r = resolveCitation(text, options);
  if (r.status !== 'provisions') throw new Error(`"${text}" gave ${JSON.stringify(r)}`);
  return r.ids;
};

describe('resolveCitation', () => {
  it.each<[string, string[]]>([
    ['Artikel 20 Verordening Artificiële Intelligentie', [`${AIA}/art_20`]],
    ['Artikel 16(j) Verordening Artificiële Intelligentie', [`${AIA}/art_16/pnt_j`]],
    ['Artikel 55(1d) Verordening Artificiële Intelligentie', [`${AIA}/art_55/par_1/pnt_d`]],
    ['Artikel 9(6 en 8) Verordening Artificiële Intelligentie', [`${AIA}/art_9/par_6`, `${AIA}/art_9/par_8`]],
    ['Artikel 59(1 sub i) Verordening Artificiële Intelligentie', [`${AIA}/art_59/par_1/pnt_i`]],
    ['Artikel 17(1 sub d) Verordening Artificiële Intelligentie', [`${AIA}/art_17/par_1/pnt_d`]],
    ['Artikel 49 (3) Verordening Artificiële Intelligentie', [`${AIA}/art_49/par_3`]],
    ['Artikel 6, lid 2, AI-verordening', [`${AIA}/art_6/par_2`]],
    ['Artikel 14 verordening Artificiële Intelligentie', [`${AIA}/art_14`]],
    ['Artikel 5 lid 1 onder a en b Algemene Verordening Gegevensbescherming', [`${AVG}/art_5/par_1/pnt_a`, `${AVG}/art_5/par_1/pnt_b`]],
    ['Artikel 5(1)(c) Algemene Verordening Gegevensbescherming', [`${AVG}/art_5/par_1/pnt_c`]],
    ['Artikel 5 en 32 Algemene Verordening Gegevensbescherming', [`${AVG}/art_5`, `${AVG}/art_32`]],
    ['Artikel 15 - 21 Algemene Verordening Gegevensbescherming', [15, 16, 17, 18, 19, 20, 21].map((n) => `${AVG}/art_${n}`)],
    ['Overweging 138 - 141 Verordening Artificiële Intelligentie', [138, 139, 140, 141].map((n) => `${AIA}/rct_${n}`)],
    ['Bijlage IV (2 sub e en 3) Verordening Artificiële Intelligentie', [`${AIA}/anx_IV/pnt_2/pnt_e`, `${AIA}/anx_IV/pnt_3`]],
    ['Bijlage III, onderdeel 2 en 5, AI-verordening', [`${AIA}/anx_III/pnt_2`, `${AIA}/anx_III/pnt_5`]],
    ['Artikel 4, lid 3, DSM-auteursrechtrichtlijn', ['eu:dir/2019/790/art_4/par_3']],
    ['Artikel 5a en 5b Databankenwet', ['nl:BWBR0010591/art_5a', 'nl:BWBR0010591/art_5b']],
    ['Artikel 40 Uitvoeringswet AVG', ['nl:BWBR0040940/art_40']],
    ['Artikel 52, Handvest van de grondrechten van de Europese Unie', ['eu:charter/2012/C326/art_52']],
    ['Hoofdstuk 12.4 Baseline Informatiebeveiliging Overheid', ['nl:bio/hfd_12.4']],
    ['Artikel 3:46 en 3:47 Awb', ['nl:BWBR0005537/art_3:46', 'nl:BWBR0005537/art_3:47']],
    ['Afdeling 3.2 Algemene wet bestuursrecht', ['nl:BWBR0005537/afd_3.2']],
    ['Artikel 4-9 Auteurswet', [4, 5, 6, 7, 8, 9].map((n) => `nl:BWBR0001886/art_${n}`)],
    ['Artikel 15n jo. 15o Auteurswet', ['nl:BWBR0001886/art_15n', 'nl:BWBR0001886/art_15o']],
    ['Artikel 1.10, 1.13 en 1.16 Aanbestedingswet 2012', ['nl:BWBR0032203/art_1.10', 'nl:BWBR0032203/art_1.13', 'nl:BWBR0032203/art_1.16']],
    ['artikel 7:462 BW', ['nl:BWBR0005290/boek_7/art_462']],
    ['art. 6:185 BW', ['nl:BWBR0005289/boek_6/art_185']],
    ['55(1)(d) AI Act', [`${AIA}/art_55/par_1/pnt_d`]],
    ['Article 16(j) AI Act', [`${AIA}/art_16/pnt_j`]],
  ])('resolves "%s"', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('marks "e.v." as "and following", before or after the code name', () => {
    expect(resolveCitation('artikel 6:185 BW e.v.')).toEqual({ status: 'provisions', instrument: 'nl:BWBR0005289', ids: ['nl:BWBR0005289/boek_6/art_185'], following: true });
    expect(resolveCitation('artikel 6:185 ev. BW')).toMatchObject({ ids: ['nl:BWBR0005289/boek_6/art_185'], following: true });
  });

  it('takes the instrument from the link when the text does not name it', () => {
    expect(ids('Artikel 5 lid 1 onder de', { url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#d1e1802-1-1' })).toEqual([`${AVG}/art_5/par_1`]);
    expect(ids('Artikel 12', { url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=OJ:L_202401689#x' })).toEqual([`${AIA}/art_12`]);
  });

  it('uses the context instrument for a bare "artikel 2 lid 6", and reports it unresolved without one', () => {
    expect(ids('artikel 2 lid 6', { contextInstrument: AIA })).toEqual([`${AIA}/art_2/par_6`]);
    expect(resolveCitation('artikel 2 lid 6')).toMatchObject({ status: 'unresolved' });
  });

  it('recognises rulings, acts by number and instruments named alone', () => {
    expect(resolveCitation('ECLI:NL:HR:2020:1082')).toEqual({ status: 'ruling', id: 'ecli:NL:HR:2020:1082' });
    expect(resolveCitation('Verordening 2017/745')).toEqual({ status: 'instrument', instrument: 'eu:reg/2017/745' });
    expect(resolveCitation('Grondwet')).toEqual({ status: 'instrument', instrument: 'nl:BWBR0001840' });
  });

  it('calls guidance and web pages not legal, even when their title mentions an article', () => {
    expect(resolveCitation('OWASP - top 10 meest kritieke kwetsbaarheden in generatieve AI-systemen')).toEqual({ status: 'not-legal' });
    expect(resolveCitation('Advies artikel 22 AVG en geautomatiseerde selectie-instrumenten')).toEqual({ status: 'not-legal' });
  });

  it('answers promptly on a long adversarial string', () => {
    const started = Date.now();
    for (const hostile of ['Artikel 1('.repeat(10_000), `Artikel ${'1 en '.repeat(20_000)}`, `Artikel 1${' lid 1'.repeat(20_000)}`]) {
      resolveCitation(hostile);
      resolveCitation(hostile.slice(0, 499));
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
