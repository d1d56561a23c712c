import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, getChromiumPath } from '../test/e2e/helpers';

/** The four Lighthouse categories the budgets cover. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The Lighthouse metrics the table shows, by audit id. */
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bytes: 'total-byte-weight',
} as const;

/** One Lighthouse run: scores 0–100, metric values (ms, bytes, CLS unitless), failed audits. */
export interface LighthouseRun {
  /** The scores of the categories the run audited. */
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits of the non-performance categories that did not pass, with their titles. */
  failedAudits: string[];
}

/**
 * Runs Lighthouse's default mobile configuration (Moto G Power emulation, simulated Slow 4G
 * and 4× CPU) against `url` in a fresh Chromium, the same binary and flags as the tests use.
 */
export async function runLighthouse(
  url: string,
  categories: readonly (typeof CATEGORIES)[number][] = CATEGORIES,
): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath: getChromiumPath(), chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as LighthouseRun['scores'];
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? NaN]),
    ) as LighthouseRun['metrics'];
    const failedAudits = categories
      .filter((c) => c !== 'performance')
      .flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${category}: ${audit.id}`),
      );
    return { scores, metrics, failedAudits };
  } finally {
    chrome.kill();
  }
}
