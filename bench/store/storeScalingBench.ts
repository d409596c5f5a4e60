import { runIngest } from '../../ingest/runIngest';
import { MemoryGraphStore } from '../../src/store/memory/MemoryGraphStore';
import { measure, type Measured } from '../measure';
import { scaleBatch } from './scaleBatch';

export interface StoreScaleResult {
  scale: number;
  nodes: number;
  edges: number;
  neighbourhood: Measured;
  path: Measured;
  neighbourhoodVs1x: number;
  pathVs1x: number;
}

const FROM = 'urn:nl:ak:ver:aia-18';
const TO = 'nl:BWBR0005289/boek_6/art_185';
/** Queries per timed run, so that one run lasts long enough to time reliably. */
const REPEAT = 200;

/**
 * Times a depth-2 neighbourhood and a shortest path on the embedded store holding the corpus graph
 * 1×, 10× and 100×, and reports each as a ratio to the 1× case.
 */
export async function runStoreScalingBench(corpusDir: string, scales = [1, 10, 100], runs = 7): Promise<StoreScaleResult[]> {
  const { batch } = await runIngest({ sources: [corpusDir] });
  const results: StoreScaleResult[] = [];
  for (const scale of scales) {
    const store = new MemoryGraphStore();
    await store.replaceGraph(scaleBatch(batch, scale));
    const health = await store.health();
    const [neighbourhood, path] = (await measure(runs, [
      async () => {
        for (let i = 0; i < REPEAT; i++) await store.neighbourhood({ id: FROM, depth: 2, limit: 200 });
      },
      async () => {
        for (let i = 0; i < REPEAT; i++) await store.shortestPath({ from: FROM, to: TO, maxHops: 6 });
      },
    ])) as [Measured, Measured];
    const perQuery = (m: Measured): Measured => ({ runs: m.runs, median: m.median / REPEAT, min: m.min / REPEAT, max: m.max / REPEAT });
    results.push({ scale, nodes: health.nodes ?? 0, edges: health.edges ?? 0, neighbourhood: perQuery(neighbourhood), path: perQuery(path), neighbourhoodVs1x: 0, pathVs1x: 0 });
  }
  const [base] = results;
  for (const r of results) {
    r.neighbourhoodVs1x = r.neighbourhood.median / (base?.neighbourhood.median ?? 1);
    r.pathVs1x = r.path.median / (base?.path.median ?? 1);
  }
  return results;
}
