import type { BridgeCache } from './bridge-cache';
import { MarkupError, PortalError } from './bridge-errors';
import { buildJsonFeed, type JsonFeed } from './build-json-feed';
import { crawlPortal, type CrawlResult, type SectionOutcome } from './crawl-portal';
import { SYSTEM_CLOCK, type FetcherClock } from './fetcher-clock';
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
  /** Time for pacing, timeouts and the cache's dates; the system clock by default. */
  clock?: FetcherClock;
}

/** How one section fared in a run, for the CLI's stderr and the server's log. */
export interface SectionReport {
  section: string;
  /** False when its list or its new articles could not be read: its last good items stand. */
  ok: boolean;
  error?: string;
  /** Items of the written feed tagged with this section. */
  items: number;
}

/** What a run produced and what it cost the portal. */
export interface BridgeRun {
  feed: JsonFeed;
  json: string;
  sections: SectionReport[];
  stats: FetchStats &
    Omit<CrawlResult, 'articles' | 'sections'> & { items: number; durationMs: number };
}

/** Names the app and whom to contact, so the portal's admins know who is reading and why. */
export function getUserAgent(contactUrl: string): string {
  return `Vistky-bridge/1.0 (+${contactUrl})`;
}

/**
 * Crawls the portal once and returns its JSON Feed, every section that failed keeping its last
 * good items (see `sections`). Throws PortalError or MarkupError only when every section failed,
 * so nothing new could be read and the previous feed is as good as this one would be.
 */
export async function runBridge(options: BridgeOptions): Promise<BridgeRun> {
  const { config } = options;
  const clock = options.clock ?? SYSTEM_CLOCK;
  const started = clock.now();
  const fetcher = createPoliteFetcher({
    origin: options.portalUrl,
    userAgent: getUserAgent(options.contactUrl ?? config.contactUrl),
    minIntervalMs: options.minIntervalMs ?? config.limits.minIntervalMs,
    timeoutMs: options.timeoutMs ?? config.limits.timeoutMs,
    maxBytes: config.limits.maxBytes,
    signal: options.signal,
    clock,
  });
  const { articles, sections, ...counts } = await crawlPortal(
    {
      config,
      portalUrl: options.portalUrl,
      fetchPage: fetcher.fetchPage,
      cache: options.cache,
      now: clock.now,
      log: options.log ?? (() => {}),
      signal: options.signal,
    },
    {
      pages: options.pages ?? config.limits.pages,
      articles: options.maxArticles ?? config.limits.articles,
    },
  );
  if (sections.every((s) => s.error)) throw getRunError(sections);
  const feed = buildJsonFeed(articles, {
    config,
    portalUrl: options.portalUrl,
    feedUrl: options.feedUrl,
  });
  return {
    feed,
    json: `${JSON.stringify(feed, null, 2)}\n`,
    sections: sections.map(({ section, error }) => ({
      section,
      ok: !error,
      ...(error && { error: error.message }),
      items: feed.items.filter((item) => item.tags.includes(section)).length,
    })),
    stats: {
      ...fetcher.stats,
      ...counts,
      items: feed.items.length,
      durationMs: clock.now() - started,
    },
  };
}

/** Markup only when every section failed on markup; one unanswered request means the portal. */
function getRunError(sections: readonly SectionOutcome[]): PortalError | MarkupError {
  const errors = sections.map((s) => s.error!);
  const message =
    errors.length === 1
      ? errors[0]!.message
      : sections.map((s) => `"${s.section}": ${s.error!.message}`).join('; ');
  return errors.every((e) => e instanceof MarkupError)
    ? new MarkupError(message)
    : new PortalError(message);
}
