import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadBridgeCache, saveBridgeCache, type BridgeCache } from '../portal-bridge/bridge-cache';
import { loadPortalConfig, type PortalConfig } from '../portal-bridge/portal-config';
import { runBridge } from '../portal-bridge/run-bridge';

/** Where the server keeps the bridge's cache, so a restart does not re-read every page. */
export function getDefaultCachePath(portalUrl: string): string {
  return resolve('node_modules/.cache/vistky-bridge', `${new URL(portalUrl).host}.json`);
}

/**
 * One crawl of the portal for the server, resolving to the JSON Feed text. The cache
 * lives in memory between crawls and is saved after each, as the CLI's is.
 */
export function createPortalCrawler(options: {
  portalUrl: string;
  configPath?: string;
  cachePath?: string;
  /** Aborts the crawl in progress, when the server closes. */
  signal?: AbortSignal;
  log: (line: string) => void;
  /** Where a section that failed (and kept its last good items) is reported. */
  warn: (line: string) => void;
}): () => Promise<string> {
  const cachePath = options.cachePath ?? getDefaultCachePath(options.portalUrl);
  let config: PortalConfig | null = null;
  let cache: BridgeCache | null = null;
  return async () => {
    config ??= await loadPortalConfig(options.configPath);
    cache ??= await loadBridgeCache(cachePath, options.log);
    try {
      const run = await runBridge({
        config,
        portalUrl: options.portalUrl,
        cache,
        signal: options.signal,
        log: options.log,
      });
      const { stats } = run;
      for (const section of run.sections.filter((s) => !s.ok)) {
        options.warn(
          `section "${section.section}" failed, kept its last good items: ${section.error}`,
        );
      }
      options.log(
        `crawled ${options.portalUrl}: ${stats.items} items, ${stats.requests} requests, ${(stats.durationMs / 1000).toFixed(1)} s`,
      );
      return run.json;
    } finally {
      await mkdir(dirname(cachePath), { recursive: true })
        .then(() => saveBridgeCache(cachePath, cache!))
        .catch((error: Error) => options.log(`cache not saved: ${error.message}`));
    }
  };
}
