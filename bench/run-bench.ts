import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getArticleKey } from '../src/core/ids';
import { launchBrowser } from '../test/e2e/helpers';
import { buildApp, ROOT, startBenchServer } from './bench-server';
import { checkBudgets } from './budgets';
import { LIMIT_PAGE_FIRST_TITLE, LIMIT_PAGE_PATH, listNewest, renderLimitPage } from './limit-page';
import { describeMachine } from './machine';
import { measureBytes } from './measure-bytes';
import { measureFirstVisitImages } from './measure-images';
import { measureLighthouse } from './measure-lighthouse';
import { measureSearch } from './measure-search';
import { measurePush } from './measure-push';
import { measureRender } from './measure-render';
import { measureServer } from './measure-server';
import { measureSharedLink } from './measure-shared-link';
import { measureStorage } from './measure-storage';
import { measureWarmStart } from './measure-warm-start';
import { formatTable } from './print-table';
import type { BenchResults } from './results';
import { RUNS } from './stats';

const RESULTS_FILE = join(ROOT, 'bench/results.json');

const step = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** `npm run bench`: builds, serves, measures, prints the table and writes bench/results.json. */
async function main(): Promise<void> {
  step('building');
  await buildApp();
  const bytes = measureBytes(join(ROOT, 'dist'));
  const server = await startBenchServer();
  const base = server.baseUrl;
  const browser = await launchBrowser();
  try {
    const newest = listNewest(await (await fetch(`${base}/api/feed`)).text());
    const limitPage = renderLimitPage(newest);
    server.serve(LIMIT_PAGE_PATH, limitPage);
    const key = getArticleKey(newest[0]!.id);
    step(`Lighthouse, ${RUNS} rounds of 3 pages`);
    const lighthouse = await measureLighthouse(
      { list: `${base}/`, article: `${base}/news/${key}`, limit: `${base}${LIMIT_PAGE_PATH}` },
      RUNS,
    );
    step('the photos of a first visit');
    const images = await measureFirstVisitImages(browser, base);
    step('warm starts');
    const warmStart = await measureWarmStart(browser, base, RUNS, {
      path: LIMIT_PAGE_PATH,
      selector: LIMIT_PAGE_FIRST_TITLE,
    });
    step('storage');
    const storage = await measureStorage(browser, server, RUNS);
    step('cold shared link');
    const sharedLink = await measureSharedLink(browser, base, key, RUNS);
    step('search');
    const search = await measureSearch(browser, server, RUNS);
    step('rendering pages');
    const render = await measureRender();
    step('the server under load (about 2 minutes)');
    const serverFigures = await measureServer();
    step('Web Push to 10,000 subscriptions, then again with a kill -9 (about 2 minutes)');
    const push = await measurePush();
    const limitBody = Buffer.from(limitPage.body);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version()),
      runs: RUNS,
      lighthouse,
      limitBytes: { raw: limitBody.length, gzip: gzipSync(limitBody).length },
      bytes,
      images,
      warmStart,
      storage,
      sharedLink,
      search,
      server: serverFigures,
      render,
      push,
    };
    const checks = checkBudgets(results);
    process.stdout.write(`${formatTable(results, checks)}\n`);
    writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`);
    const failed = checks.filter((c) => !c.pass).map((c) => c.id);
    step(failed.length ? `FAIL: ${failed.join(', ')}` : 'every budget passes');
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
