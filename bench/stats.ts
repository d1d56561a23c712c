/** The median of a set of runs with its spread, as every timing in the table is reported. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises repeated measurements: median, min and max (throws on an empty set). */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/** The value below which `share` (0–1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** How many times every timing is repeated; the issue asks for at least 5. */
export const RUNS = Number(process.env.BENCH_RUNS) || 5;

/** Runs `measure` `times` times one after another and collects its results. */
export async function repeat<T>(times: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await measure(run));
  return results;
}
