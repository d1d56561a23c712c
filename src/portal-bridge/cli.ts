import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_FEED_PATH } from '../core/feed-path';
import {
  describeSiteReport,
  getRenditionOptions,
  openSiteExport,
  SiteExportError,
} from '../server/static-site/export-site';
import { toSiteFeed } from '../server/static-site/site-feed';
import {
  createEmptyCache,
  loadBridgeCache,
  saveBridgeCache,
  type BridgeCache,
} from './bridge-cache';
import { ConfigError, getExitCode, SECTIONS_FAILED_EXIT_CODE } from './bridge-errors';
import { parseBridgeArgs, USAGE, type BridgeArgs } from './cli-args';
import { loadPortalConfig } from './portal-config';
import { runBridge, type BridgeRun } from './run-bridge';

// Entry point of `npm run bridge`: one crawl, for cron. Everything but the feed goes to stderr.
const log = (line: string) => process.stderr.write(`bridge: ${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  let args: BridgeArgs;
  try {
    args = parseBridgeArgs(argv);
  } catch (error) {
    log((error as Error).message);
    process.stderr.write(`${USAGE}\n`);
    return 3;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Beside the site's folder, never in it: the folder is what gets published.
  const defaultCache = args.site ? `${args.site.dir.replace(/\/+$/, '')}.cache.json` : null;
  const cachePath = args.cache ?? (args.out ? `${args.out}.cache.json` : defaultCache);
  if (!cachePath) log('no --out or --cache: nothing is remembered, every page is read again');
  let cache: BridgeCache | null = null;
  let isWritingSite = false;
  try {
    // Before the crawl: a missing build or a wrong folder fails in a second, not after minutes.
    const site =
      args.site &&
      (await openSiteExport({
        siteDir: args.site.dir,
        siteUrl: args.site.url,
        distDir: args.site.dist,
        ssrDir: args.site.ssr,
        renditions: getRenditionOptions(log),
      }));
    const config = await loadPortalConfig(args.config);
    cache = cachePath ? await loadBridgeCache(cachePath, log) : createEmptyCache();
    const run = await runBridge({
      config,
      portalUrl: args.portal ?? config.portalUrl,
      cache,
      log,
      pages: args.pages,
      maxArticles: args.maxArticles,
      minIntervalMs: args.minIntervalMs,
      timeoutMs: args.timeoutMs,
      contactUrl: args.contact,
      feedUrl: args.feedUrl ?? (args.site && `${args.site.url}${DEFAULT_FEED_PATH}`),
    });
    if (site && args.site) {
      isWritingSite = true;
      const report = await site.write(toSiteFeed(Buffer.from(run.json), null, args.site.url));
      log(`site ${args.site.dir}: ${describeSiteReport(report)}`);
    } else {
      await writeFeed(run, args.out);
    }
    log(describeRun(run));
    const failed = run.sections.filter((s) => !s.ok);
    for (const { section, error, items } of failed) {
      log(`section "${section}" failed (${error}); its ${items} last good items were written`);
    }
    return failed.length > 0 ? SECTIONS_FAILED_EXIT_CODE : 0;
  } catch (error) {
    // A site stopped between two files has some pages new and its feed old or new.
    const outcome = isWritingSite ? 'the site may be partly updated' : 'no feed written';
    log(`${error instanceof Error ? error.message : String(error)}; ${outcome}`);
    const code = getExitCode(error);
    const isExpected = error instanceof ConfigError || error instanceof SiteExportError;
    if (code === 3 && !isExpected) console.error(error);
    return code;
  } finally {
    // Saved after failures too: pages already read need not be read again on the next run.
    if (cachePath && cache) {
      await saveBridgeCache(cachePath, cache).catch((e: Error) =>
        log(`cache not saved: ${e.message}`),
      );
    }
  }
}

async function writeFeed(run: BridgeRun, out: string | undefined): Promise<void> {
  if (!out) {
    process.stdout.write(run.json);
    return;
  }
  try {
    await writeFileAtomic(out, run.json);
  } catch (error) {
    throw new ConfigError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

function describeRun({ stats }: BridgeRun): string {
  return [
    `items ${stats.items}`,
    `requests ${stats.requests} (304: ${stats.notModified})`,
    `bytes ${stats.bytes}`,
    `time ${(stats.durationMs / 1000).toFixed(1)} s`,
    `list pages ${stats.listPages}`,
    `articles read ${stats.fetched}, cached ${stats.fromCache}, deferred ${stats.deferred}, gone ${stats.gone}, unreadable ${stats.failed}`,
  ].join('; ');
}

process.exitCode = await main(process.argv.slice(2));
