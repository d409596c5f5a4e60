import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes a synthetic Algoritmekader-like corpus `copies` times the size of a real one: every
 * requirement, measure and tool is copied with its id, file name and links renamed per copy, keeping
 * its real front matter, body and Bronnen citations — so the work per file is what real files cost.
 */
export async function generateCorpus(sourceDir: string, targetDir: string, copies: number): Promise<number> {
  const folders = ['vereisten', 'maatregelen', 'hulpmiddelen'];
  let written = 0;
  await fs.rm(targetDir, { recursive: true, force: true });
  for (const folder of folders) {
    const files = (await fs.readdir(path.join(sourceDir, folder))).filter((f) => f.endsWith('.md') && f !== 'index.md').sort();
    const texts = await Promise.all(files.map((f) => fs.readFile(path.join(sourceDir, folder, f), 'utf8')));
    for (let copy = 0; copy < copies; copy++) {
      const dir = path.join(targetDir, `copy-${copy}`, folder);
      await fs.mkdir(dir, { recursive: true });
      for (const [index, file] of files.entries()) {
        const suffix = `-c${copy}`;
        const text = (texts[index] as string)
          .replace(/^(id:\s*urn:nl:ak:\w+:[\w-]+)/m, `$1${suffix}`)
          // links in `vereiste:`/`maatregel:` lists are file stems; rename them like the files
          .replace(/\]\((\.\.\/[\w-]+\/)(?!index\.md)([\w.-]+)\.md\)/g, `]($1$2${suffix}.md)`)
          .replace(/^(\s*-\s+)((?:aia|avg|awb|arc|aut|bio|bzk|dat|grw|woo|\d-\w{3})-[\w-]+)\s*$/gm, `$1$2${suffix}`);
        await fs.writeFile(path.join(dir, file.replace(/\.md$/, `${suffix}.md`)), text);
        written++;
      }
    }
  }
  return written;
}
