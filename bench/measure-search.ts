import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build as bundle } from 'esbuild';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { newPhoneContext } from '../test/e2e/helpers';
import { ROOT, type BenchServer } from './bench-server';
import { generateFeed } from './generate-feed';
import { percentile, summarize, type Summary } from './stats';

/** Issue 7's bench target over 1,000 and 5,000 stored articles, with the index's cost. */
export interface SearchResult {
  query1k: Summary & { p95: number };
  query5k: Summary & { p95: number };
  build5kMs: number;
  heap5kMb: number;
}

// Words residents look for, in the forms they type: whole words, a prefix, two words, a street.
const QUERIES = [
  'вода',
  'водопост',
  'ремонт доріг',
  'сесія ради',
  'ялинка',
  'укриття',
  'Магістратська',
  'бюджет участі',
];

/** Whether the app has its offline search (issue 7) to measure. */
export function hasSearchModule(): boolean {
  return existsSync(join(ROOT, 'src/search-worker/index-keeper.ts'));
}

type Probe = {
  prepare(name: string, url: string): Promise<number>;
  build(): Promise<number>;
  query(queries: string[], runs: number): Promise<number[]>;
};

const call = <K extends keyof Probe>(page: Page, fn: K, ...args: Parameters<Probe[K]>) =>
  page.evaluate(
    ([f, a]) =>
      (
        (window as unknown as { benchSearch: Probe }).benchSearch[f] as (...x: unknown[]) => unknown
      )(...a),
    [fn, args] as const,
  ) as ReturnType<Probe[K]>;

async function usedHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
}

/**
 * Stores 1,000 and then 5,000 articles, builds the app's search index from storage as its worker
 * does (in the page here: the same code on the same CPU) and times queries, `runs` rounds each.
 */
export async function measureSearch(
  browser: Browser,
  server: BenchServer,
  runs: number,
): Promise<SearchResult | null> {
  if (!hasSearchModule()) return null;
  const script = await bundle({
    entryPoints: [join(ROOT, 'bench/search-probe.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
  });
  server.serve('/bench/search-probe.js', {
    type: 'text/javascript',
    body: script.outputFiles[0]!.contents,
  });
  server.serve('/bench/search-probe.html', {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><meta charset="utf-8"><title>search</title><script type="module" src="/bench/search-probe.js"></script>',
  });
  const rss = 'application/rss+xml; charset=utf-8';
  for (const count of [1_000, 5_000]) {
    server.serve(`/bench/search-${count}.xml`, {
      type: rss,
      body: generateFeed(count, server.baseUrl, 's', Date.now()),
    });
  }
  const context = await newPhoneContext(browser, server.baseUrl);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto('/bench/search-probe.html');
    await page.waitForFunction(() => 'benchSearch' in window);
    const timeQueries = async (count: number) => {
      await call(page, 'prepare', 'vistky-bench-search', `/bench/search-${count}.xml`);
      const before = await usedHeapMb(cdp);
      const buildMs = await call(page, 'build');
      const heapMb = (await usedHeapMb(cdp)) - before;
      // One unmeasured round: the first answers also warm the engine's code paths.
      await call(page, 'query', QUERIES, 1);
      const times = await call(page, 'query', QUERIES, runs);
      return { times: { ...summarize(times), p95: percentile(times, 0.95) }, buildMs, heapMb };
    };
    const small = await timeQueries(1_000);
    const large = await timeQueries(5_000);
    return {
      query1k: small.times,
      query5k: large.times,
      build5kMs: large.buildMs,
      heap5kMb: large.heapMb,
    };
  } finally {
    await context.close();
  }
}
