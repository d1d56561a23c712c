import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { DB_NAME } from '../src/storage';
import { newPhoneContext, waitForFirstScreen, waitForServiceWorker } from '../test/e2e/helpers';
import type { BenchServer } from './bench-server';
import { SELECTORS, watchForVisible } from './first-visible';
import { generateFeed } from './generate-feed';
import type { ProbeRun } from './storage-probe';
import { repeat, summarize, type Summary } from './stats';

/** Parse + store of one feed size: total ms, the parse's share, articles per second. */
export interface StoreTiming {
  ms: Summary;
  parseMs: Summary;
  perSecond: number;
}

/** Parse + store timings, and the list opened over 10,000 stored articles. */
export interface StorageResult {
  store1k: StoreTiming;
  store10k: StoreTiming;
  /** The same 10,000 records put with plain IndexedDB calls: what the browser itself costs. */
  raw10k: Summary;
  /**
   * The list opened over `stored` articles: to the first card painted (the kept first screen), to
   * the first card of the live app, and the live app's JS heap.
   */
  list10k: { firstCardMs: Summary; liveCardMs: Summary; heapMb: Summary; stored: number };
}

const PROBE_DB = 'vistky-bench';
const FEEDS = {
  k1: '/bench/feed-1000.xml',
  k5a: '/bench/feed-5000-a.xml',
  k5b: '/bench/feed-5000-b.xml',
};

/** Serves the probe page, its script (the app's parser and storage, bundled) and the feeds. */
async function serveProbe(server: BenchServer): Promise<void> {
  const bundle = await build({
    entryPoints: [new URL('./storage-probe.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
  });
  const js = { type: 'text/javascript', body: bundle.outputFiles[0]!.contents };
  server.serve('/bench/storage-probe.js', js);
  server.serve('/bench/storage-probe.html', {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><meta charset="utf-8"><title>probe</title><script type="module" src="/bench/storage-probe.js"></script>',
  });
  const rss = 'application/rss+xml; charset=utf-8';
  const newest = Date.now() - 60_000;
  // 10,000 items as two 5,000-item feeds: parseFeed caps one feed at MAX_FEED_ITEMS (5,000).
  server.serve(FEEDS.k1, { type: rss, body: generateFeed(1_000, server.baseUrl, 'k', newest) });
  server.serve(FEEDS.k5a, { type: rss, body: generateFeed(5_000, server.baseUrl, 'a', newest) });
  server.serve(FEEDS.k5b, {
    type: rss,
    body: generateFeed(5_000, server.baseUrl, 'b', newest - 5_000 * 60_000),
  });
}

type ProbeFunction = 'parseAndStore' | 'putRaw';
type Probe = Record<ProbeFunction, (name: string, urls: string[]) => Promise<ProbeRun>>;

function runProbe(page: Page, db: string, feeds: string[], fn: ProbeFunction = 'parseAndStore') {
  return page.evaluate(
    ([f, name, urls]) => (window as unknown as { benchStorage: Probe }).benchStorage[f](name, urls),
    [fn, db, feeds] as const,
  );
}

function summarizeStores(results: ProbeRun[]): StoreTiming {
  const ms = summarize(results.map((r) => r.ms));
  const parseMs = summarize(results.map((r) => r.parseMs));
  return { ms, parseMs, perSecond: Math.round((results[0]!.articles * 1000) / ms.median) };
}

/** Times parse + store of 1,000 and 10,000 items, then opens the list over 10,000 stored. */
export async function measureStorage(
  browser: Browser,
  server: BenchServer,
  runs: number,
): Promise<StorageResult> {
  await serveProbe(server);
  const context = await newPhoneContext(browser, server.baseUrl);
  try {
    const probe = await context.newPage();
    await probe.goto('/bench/storage-probe.html');
    await probe.waitForFunction(() => 'benchStorage' in window);
    const store1k = summarizeStores(
      await repeat(runs, () => runProbe(probe, PROBE_DB, [FEEDS.k1])),
    );
    // The app's store and the plain-IndexedDB floor take turns, so both see the same machine load.
    const tenK = [FEEDS.k5a, FEEDS.k5b];
    const pairs = await repeat(runs, async () => ({
      app: await runProbe(probe, PROBE_DB, tenK),
      raw: await runProbe(probe, PROBE_DB, tenK, 'putRaw'),
    }));
    const store10k = summarizeStores(pairs.map((p) => p.app));
    const raw10k = summarize(pairs.map((p) => p.raw.ms));
    const filled = await runProbe(probe, DB_NAME, [FEEDS.k5a, FEEDS.k5b]);
    await probe.close();
    // Install the app over the filled database, then open the list in new tabs as a resident would.
    const install = await context.newPage();
    await install.goto('/');
    await waitForServiceWorker(install);
    await waitForFirstScreen(install);
    await install.close();
    const open = (selector: string) => async () => {
      const page = await context.newPage();
      const { cdp, timeToVisible } = await watchForVisible(page, selector);
      const ms = await timeToVisible('/');
      await page.locator(SELECTORS.liveListTitle).first().waitFor();
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      await page.close();
      return { ms, heapMb: heap.usedSize / 1e6 };
    };
    const samples = await repeat(runs, open(SELECTORS.listTitle));
    const liveSamples = await repeat(runs, open(SELECTORS.liveListTitle));
    return {
      store1k,
      store10k,
      raw10k,
      list10k: {
        firstCardMs: summarize(samples.map((s) => s.ms)),
        liveCardMs: summarize(liveSamples.map((s) => s.ms)),
        heapMb: summarize(liveSamples.map((s) => s.heapMb)),
        stored: filled.articles,
      },
    };
  } finally {
    await context.close();
  }
}
