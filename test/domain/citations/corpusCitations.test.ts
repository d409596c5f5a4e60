import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveCitation } from '../../../src/domain/citations/resolveCitation';
import { sharedPath } from '../../support/sharedPath';

/** Every `[text](url)` in the `## Bronnen` sections of the corpus, with file and line. */
function bronnenLinks() {
  const links: { file: string; line: number; text: string; url: string }[] = [];
  for (const folder of ['vereisten', 'maatregelen', 'hulpmiddelen']) {
    const dir = sharedPath('corpus', 'algoritmekader', folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      let inBronnen = false;
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (line.startsWith('## ')) inBronnen = /^## Bronnen/.test(line);
          if (!inBronnen) return;
          for (const m of line.matchAll(/\[([^\[\]]*)\]\(([^()\s]*)\)/g)) links.push({ file: `${folder}/${name}`, line: index + 1, text: m[1] ?? '', url: m[2] ?? '' });
        });
    }
  }
  return links;
}

/** Whether a link's text names an article, recital, annex or division (what the 97% target counts). */
const namesProvision = (text: string) => /^\s*(artikel|overweging|bijlage|hoofdstuk|afdeling)/i.test(text);

describe('citations in the corpus Bronnen sections', () => {
  const links = bronnenLinks();

  it('finds the corpus links', () => {
    expect(links.length).toBeGreaterThan(200);
  });

  it('resolves at least 97% of the links that name an article, recital or annex', () => {
    const provisionLinks = links.filter((l) => namesProvision(l.text));
    const unresolved = provisionLinks.filter((l) => resolveCitation(l.text, { url: l.url }).status !== 'provisions');
    if (unresolved.length > 0) console.log(unresolved.map((l) => `${l.file}:${l.line} ${l.text}`).join('\n'));
    expect(provisionLinks.length).toBeGreaterThan(100);
    expect(1 - unresolved.length / provisionLinks.length).toBeGreaterThanOrEqual(0.97);
  });

  it('calls every other link a source or an instrument, never a provision by accident', () => {
    for (const link of links.filter((l) => !namesProvision(l.text))) {
      expect(['not-legal', 'instrument']).toContain(resolveCitation(link.text, { url: link.url }).status);
    }
  });
});
