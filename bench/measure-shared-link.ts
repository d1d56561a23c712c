import type { Browser } from 'playwright-core';
import { newPhoneContext } from '../test/e2e/helpers';
import { SELECTORS, watchForVisible } from './first-visible';
import { repeat, summarize, type Summary } from './stats';
import { throttleNetwork } from './throttle-network';

/**
 * Chrome DevTools' «Slow 4G» preset, as puppeteer-core 23.11.1 (a Lighthouse dependency) copies
 * it from DevTools in node_modules/puppeteer-core/lib/esm/puppeteer/cdp/PredefinedNetworkConditions.js:
 * 150 ms RTT × 3.75 = 562.5 ms latency, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up (bytes/s).
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
} as const;

/**
 * A neighbour opens a shared link: a fresh context (no service worker, no data, empty HTTP
 * cache) on Slow 4G (its service worker too) opens /news/<key>; timed from navigation start to
 * the article title painted.
 */
export async function measureSharedLink(
  browser: Browser,
  baseUrl: string,
  articleKey: string,
  runs: number,
): Promise<Summary> {
  const samples = await repeat(runs, async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      const { cdp, timeToVisible } = await watchForVisible(page, SELECTORS.articleTitle);
      await throttleNetwork(cdp, SLOW_4G);
      return await timeToVisible(`/news/${articleKey}`, 60_000);
    } finally {
      await context.close();
    }
  });
  return summarize(samples);
}
