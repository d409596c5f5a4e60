import { flattenRows } from '../../src/server/reports/flattenRows';

const column = (name: string, path: string, count = false) => ({ name, path: path.split('.'), count });

describe('flattenRows', () => {
  const data = {
    coverage: [
      { chapter: 'III', title: null, keys: ['role:aanbieder', 'ak:levenscyclus/ontwerp'], cited: [{ number: '16' }, { number: '17' }], deep: { list: [{ ids: ['a', 'b'] }, { ids: ['c'] }] } },
      { chapter: 'VII', title: 'Governance', keys: [], cited: [], deep: null },
    ],
  };

  it('makes one row per item of the @rows list, a column per path, in the given order', () => {
    const rows = flattenRows(data, ['coverage'], [column('chapter', 'chapter'), column('title', 'title'), column('role', 'keys.0'), column('phase', 'keys.1')]);
    expect(rows).toEqual([
      { chapter: 'III', title: null, role: 'role:aanbieder', phase: 'ak:levenscyclus/ontwerp' },
      { chapter: 'VII', title: 'Governance', role: null, phase: null },
    ]);
  });

  it('joins a field of every list item with "; ", and counts a list for count()', () => {
    const rows = flattenRows(data, ['coverage'], [column('articles', 'cited.number'), column('cited', 'cited', true), column('ids', 'deep.list.ids'), column('idCount', 'deep.list.ids', true)]);
    expect(rows).toEqual([
      { articles: '16; 17', cited: 2, ids: 'a; b; c', idCount: 3 },
      { articles: '', cited: 0, ids: null, idCount: 0 },
    ]);
  });

  it('gives no rows when the list is missing', () => {
    expect(flattenRows({ coverage: null }, ['coverage'], [column('chapter', 'chapter')])).toEqual([]);
  });
});
