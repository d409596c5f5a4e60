import { readFileSync } from 'node:fs';
import { findCitations } from '../../../src/domain/citations/findCitations';
import { sharedPath } from '../../support/sharedPath';

const targets = (text: string) =>
  findCitations(text).flatMap((f) =>
    f.resolution.status === 'provisions' ? f.resolution.ids : f.resolution.status === 'instrument' ? [f.resolution.instrument] : f.resolution.status === 'ruling' ? [f.resolution.id] : [],
  );

describe('findCitations', () => {
  it('finds in the healthcare article the BW articles, the MDR and both rulings', () => {
    const found = targets(readFileSync(sharedPath('seeds', '002_744ab01baf7af314.txt'), 'utf8'));
    expect(found).toEqual(
      expect.arrayContaining([
        'nl:BWBR0005289/boek_6/art_185',
        'nl:BWBR0005289/boek_6/art_186',
        'nl:BWBR0005289/boek_6/art_77',
        'nl:BWBR0005290/boek_7/art_453',
        'nl:BWBR0005290/boek_7/art_462',
        'nl:BWBR0005290/boek_7/art_463',
        'nl:BWBR0005290/boek_7/art_458',
        'eu:reg/2017/745',
        'ecli:NL:HR:2020:1082',
        'ecli:NL:HR:2020:1090',
      ]),
    );
  });

  it('joins a citation broken over lines and page breaks, and reports the line it starts on', () => {
    const text = 'Inleiding\n\nvolgens artikel 6 lid \n\n1 van de AVG geldt\n';
    const [first] = findCitations(text).filter((f) => f.resolution.status === 'provisions');
    expect(first).toMatchObject({ line: 3, resolution: { ids: ['eu:reg/2016/679/art_6/par_1'] } });
  });

  it('gives a bare article the instrument named just before it, or reports it unresolved', () => {
    expect(targets('De AI Act geldt niet voor onderzoek (artikel 2 lid 6).')).toContain('eu:reg/2024/1689/art_2/par_6');
    const lonely = findCitations('Niet van toepassing (artikel 2 lid 6).');
    expect(lonely.map((f) => f.resolution.status)).toEqual(['unresolved']);
  });
});
