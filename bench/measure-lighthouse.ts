import { CATEGORIES, METRICS, runLighthouse, type LighthouseRun } from './lighthouse-run';
import { summarize, type Summary } from './stats';

/** Medians of repeated Lighthouse runs on one page. */
export interface LighthousePage {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], Summary>;
  metrics: Record<keyof typeof METRICS, Summary>;
  /** Every non-performance audit that failed in any run, with how many runs it failed in. */
  failedAudits: Record<string, number>;
}

function summarizePage(url: string, runs: LighthouseRun[]): LighthousePage {
  const failedAudits: Record<string, number> = {};
  for (const id of runs.flatMap((r) => r.failedAudits))
    failedAudits[id] = (failedAudits[id] ?? 0) + 1;
  return {
    url,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        summarize(runs.flatMap((r) => (r.scores[c] === undefined ? [] : [r.scores[c]]))),
      ]),
    ) as LighthousePage['scores'],
    metrics: Object.fromEntries(
      Object.keys(METRICS).map((m) => [
        m,
        summarize(runs.map((r) => r.metrics[m as keyof typeof METRICS])),
      ]),
    ) as LighthousePage['metrics'],
    failedAudits,
  };
}

/**
 * Runs Lighthouse `runs` times on each page, taking the pages in turn each round so that a
 * noisy moment on the machine spreads over all of them instead of skewing one.
 */
export async function measureLighthouse<Name extends string>(
  pages: Record<Name, string>,
  runs: number,
): Promise<Record<Name, LighthousePage>> {
  const names = Object.keys(pages) as Name[];
  const collected = new Map<Name, LighthouseRun[]>(names.map((n) => [n, []]));
  for (let round = 0; round < runs; round++) {
    // Accessibility, best practices and SEO do not vary between runs: audited in the first only.
    const categories = round === 0 ? CATEGORIES : (['performance'] as const);
    for (const name of names) {
      collected.get(name)!.push(await runLighthouse(pages[name], categories));
    }
  }
  return Object.fromEntries(
    names.map((n) => [n, summarizePage(pages[n], collected.get(n)!)]),
  ) as Record<Name, LighthousePage>;
}
