import type { BridgeCache } from './bridge-cache';
import { buildJsonFeed, type JsonFeed } from './build-json-feed';
import { crawlPortal, type CrawlResult } from './crawl-portal';
import { createPoliteFetcher, type FetchStats } from './polite-fetcher';
import type { PortalConfig } from './portal-config';

/** One bridge run: which portal, how politely, and the cache it reads and updates. */
export interface BridgeOptions {
  config: PortalConfig;
  portalUrl: string;
  cache: BridgeCache;
  pages?: number;
  maxArticles?: number;
  minIntervalMs?: number;
  timeoutMs?: number;
  contactUrl?: string;
  /** The public address of the written feed, for its `feed_url`. */
  feedUrl?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
  now?: () => number;
}

/** What a run produced and what it cost the portal. */
export interface BridgeRun {
  feed: JsonFeed;
  json: string;
  stats: FetchStats & Omit<CrawlResult, 'articles'> & { items: number; durationMs: number };
}

/** Names the app and whom to contact, so the portal's admins know who is reading and why. */
export function getUserAgent(contactUrl: string): string {
  return `Vistky-bridge/1.0 (+${contactUrl})`;
}

/** Crawls the portal once and returns its JSON Feed; throws PortalError or MarkupError. */
export async function runBridge(options: BridgeOptions): Promise<BridgeRun> {
  const { config } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const fetcher = createPoliteFetcher({
    userAgent: getUserAgent(options.contactUrl ?? config.contactUrl),
    minIntervalMs: options.minIntervalMs ?? config.limits.minIntervalMs,
    timeoutMs: options.timeoutMs ?? config.limits.timeoutMs,
    maxBytes: config.limits.maxBytes,
    signal: options.signal,
  });
  const { articles, ...counts } = await crawlPortal(
    {
      config,
      portalUrl: options.portalUrl,
      fetchPage: fetcher.fetchPage,
      cache: options.cache,
      now,
      log: options.log ?? (() => {}),
    },
    {
      pages: options.pages ?? config.limits.pages,
      articles: options.maxArticles ?? config.limits.articles,
    },
  );
  const feed = buildJsonFeed(articles, {
    config,
    portalUrl: options.portalUrl,
    feedUrl: options.feedUrl,
  });
  return {
    feed,
    json: `${JSON.stringify(feed, null, 2)}\n`,
    stats: { ...fetcher.stats, ...counts, items: feed.items.length, durationMs: now() - started },
  };
}
