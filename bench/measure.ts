import { performance } from 'node:perf_hooks';

/** The median and spread of several timed runs, in milliseconds. */
export interface Measured {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/**
 * Times each task `runs` times, interleaved (a, b, a, b, …) so that a noisy neighbour slows all
 * tasks alike and ratios between them stay meaningful. One untimed warm-up round first.
 */
export async function measure(runs: number, tasks: readonly (() => Promise<void>)[]): Promise<Measured[]> {
  for (const task of tasks) await task();
  const samples: number[][] = tasks.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      samples[index]?.push(performance.now() - start);
    }
  }
  return samples.map(summarise);
}

/** Median, min and max of some samples. */
export function summarise(samples: readonly number[]): Measured {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { runs: sorted.length, median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}
