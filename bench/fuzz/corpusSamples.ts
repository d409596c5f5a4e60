import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** One real Algoritmekader file: where it sits in the corpus and its text. */
export interface CorpusSample {
  /** Folder and name inside the corpus, e.g. `vereisten/aia-18-….md`. */
  name: string;
  text: string;
}

/** The Algoritmekader corpus beside the repository (`../shared/corpus/algoritmekader`), or `KG_CORPUS`. */
export function corpusDir(): string {
  return process.env.KG_CORPUS ?? path.resolve(projectRoot(), '..', 'shared', 'corpus', 'algoritmekader');
}

/**
 * Reads the requirements and measures of the corpus, the raw material of mutated documents. Throws,
 * naming where it looked, when the corpus is missing: a fuzz run without it would prove little.
 */
export function loadCorpusSamples(dir = corpusDir()): CorpusSample[] {
  if (!existsSync(dir)) throw new Error(`The fuzzers need the Algoritmekader corpus at ${dir} (../shared beside the repository), and it is missing.`);
  const samples: CorpusSample[] = [];
  for (const folder of ['vereisten', 'maatregelen']) {
    const full = path.join(dir, folder);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full).sort()) {
      if (file.endsWith('.md') && file !== 'index.md') samples.push({ name: `${folder}/${file}`, text: readFileSync(path.join(full, file), 'utf8') });
    }
  }
  if (samples.length === 0) throw new Error(`No requirements or measures found in ${dir}.`);
  return samples;
}
