import { readFileSync } from 'node:fs';
import type { AkDocument } from '../../../ingest/algoritmekader/AkDocument';
import { readAlgoritmekaderDocument } from '../../../ingest/algoritmekader/readAlgoritmekaderDocument';
import { parseFrontMatter } from '../../../ingest/read/parseFrontMatter';
import { sharedPath } from '../../support/sharedPath';

function read(text: string, path: string): AkDocument {
  const header = parseFrontMatter(text, path);
  if (!header.ok) throw new Error(JSON.stringify(header.problems));
  const result = readAlgoritmekaderDocument(header.frontMatter, path);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}
const tagValues = (doc: AkDocument, key: string) => doc.tags.find((t) => t.key.keys[0] === key)?.values.map((v) => v.value);

describe('readAlgoritmekaderDocument', () => {
  it('reads the older seed format, taking publicatiecategorie as the risk group', () => {
    const doc = read(readFileSync(sharedPath('seeds', '000_615c7bd9f9538295.txt'), 'utf8'), 'seeds/000.txt');
    expect(doc).toMatchObject({ kind: 'Requirement', id: 'urn:nl:ak:ver:aia-18' });
    expect(doc.title.endsWith('.')).toBe(false);
    expect(tagValues(doc, 'risicogroep')).toEqual(['hoog-risico-ai-systeem']);
    expect(tagValues(doc, 'rol-ai-act')).toEqual(['aanbieder']);
    const bronnen = doc.bodyLinks.filter((l) => l.section === 'Bronnen').map((l) => l.text);
    expect(bronnen).toEqual([
      'Artikel 20 Verordening Artificiële Intelligentie',
      'Artikel 16(j) Verordening Artificiële Intelligentie',
      'Artikel 55 Verordening Artificiële Intelligentie',
    ]);
  });

  it('reads the newer seed format with its version and extra tag groups as properties', () => {
    const text = readFileSync(sharedPath('seeds', '001_d0bf8afb5140a5e4.txt'), 'utf8');
    const doc = read(text, 'seeds/001.txt');
    expect(doc.props).toMatchObject({ version: '1.0.0', versionDate: '2025-07-04', systemicRisk: ['systeemrisico'] });
    expect(tagValues(doc, 'risicogroep')).toEqual(['niet-van-toepassing']);
    const owasp = doc.bodyLinks.find((l) => l.text.startsWith('OWASP'));
    expect(owasp?.section).toBe('Bronnen');
    // The line a link is reported on is the line it stands on in the file.
    expect(text.split('\n')[(owasp?.line ?? 0) - 1]).toContain('OWASP');
  });

  it('gives a tool without an id a stable one from its file name', () => {
    const doc = read('---\ntitle: Data Protection Impact Assessment\ncategorie:\n- impact-assessment\nvereiste:\n- avg-13-dpia-verplicht\n---\n', 'corpus/hulpmiddelen/DPIA.md');
    expect(doc).toMatchObject({ kind: 'Tool', id: 'urn:nl:ak:hlp:dpia' });
    expect(doc.links).toEqual([{ to: 'requirements', stem: { value: 'avg-13-dpia-verplicht', line: 6 } }]);
  });

  it('accepts a single tag written as a string instead of a list', () => {
    const doc = read('---\ntitle: T\nid: urn:nl:ak:mtr:x-01\nonderwerp: governance\n---\n', 'm.md');
    expect(tagValues(doc, 'onderwerp')).toEqual(['governance']);
  });

  it.each([
    ['no id outside the tools folder', '---\ntitle: T\n---\n', 'MISSING_FIELD'],
    ['an id of another scheme', '---\ntitle: T\nid: urn:other:1\n---\n', 'INVALID_FIELD'],
    ['no title', '---\nid: urn:nl:ak:ver:x-01\n---\n', 'MISSING_FIELD'],
  ])('rejects a document with %s', (_case, text, code) => {
    const header = parseFrontMatter(text, 'vereisten/x.md');
    if (!header.ok) throw new Error('header should parse');
    const result = readAlgoritmekaderDocument(header.frontMatter, 'vereisten/x.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code, path: 'vereisten/x.md', severity: 'error' });
  });
});
