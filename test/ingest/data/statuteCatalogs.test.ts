import type { GraphBatch } from '../../../src/domain/GraphBatch';
import { runIngest } from '../../../ingest/runIngest';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('the hand-written statute catalogs', () => {
  let batch: GraphBatch;
  beforeAll(async () => {
    ({ batch } = await runIngest({ sources: [] }));
  });
  const catalogued = (id: string): boolean => batch.nodes.some((n) => n.id === id && n.origin?.path.includes('ingest/data/statutes/'));
  const grouped = (group: string): string[] =>
    batch.edges.filter((e) => e.type === 'GROUPED_IN' && e.target === group).map((e) => e.source.split('/art_')[1] as string).sort((a, b) => Number(a) - Number(b));

  it('groups BW 6:185 to 6:193 as the product liability section of book 6', () => {
    expect(grouped('nl:BWBR0005289/boek_6/titel_3/afd_3')).toEqual(range(185, 193));
  });

  it('describes 6:74, 6:77 and 6:162 BW, and the six points of 6:185(1)', () => {
    for (const n of ['74', '77', '162']) expect(catalogued(`nl:BWBR0005289/boek_6/art_${n}`)).toBe(true);
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f']) expect(catalogued(`nl:BWBR0005289/boek_6/art_185/par_1/pnt_${p}`)).toBe(true);
  });

  it('groups BW 7:446 to 7:468 as the Wgbo, with 7:453, 7:458, 7:462 and 7:463 titled', () => {
    expect(grouped('nl:BWBR0005290/boek_7/titel_7/afd_5')).toEqual(range(446, 468));
    for (const n of ['453', '458', '462', '463']) {
      expect(batch.nodes.find((node) => node.id === `nl:BWBR0005290/boek_7/art_${n}`)?.props.title).toEqual(expect.any(String));
    }
  });

  it('describes the AVG articles the requirements cite: 5, 6, 9, 12–22, 24–30, 32 and 35', () => {
    for (const n of ['5', '6', '9', ...range(12, 22), ...range(24, 30), '32', '35']) expect([n, catalogued(`eu:reg/2016/679/art_${n}`)]).toEqual([n, true]);
  });

  it('describes MDR Article 2 and the in-house conditions of Article 5(5)(a)–(h)', () => {
    expect(catalogued('eu:reg/2017/745/art_2')).toBe(true);
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) expect(catalogued(`eu:reg/2017/745/art_5/par_5/pnt_${p}`)).toBe(true);
  });

  it('knows the Wkkgz, the Wet BIG and both product liability directives as instruments', () => {
    for (const id of ['nl:BWBR0037173', 'nl:BWBR0006251', 'eu:dir/1985/374', 'eu:dir/2024/2853']) {
      expect(batch.nodes.find((n) => n.id === id)?.kind).toBe('Instrument');
    }
  });

  it('links every catalogued paragraph and point up to its article and instrument', () => {
    const partOf = (id: string) => batch.edges.find((e) => e.type === 'PART_OF' && e.source === id)?.target;
    expect(partOf('nl:BWBR0005289/boek_6/art_185/par_1/pnt_a')).toBe('nl:BWBR0005289/boek_6/art_185/par_1');
    expect(partOf('nl:BWBR0005289/boek_6/art_185/par_1')).toBe('nl:BWBR0005289/boek_6/art_185');
    expect(partOf('eu:reg/2024/1689/art_16/pnt_j')).toBe('eu:reg/2024/1689/art_16');
  });
});
