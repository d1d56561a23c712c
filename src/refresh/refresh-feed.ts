import { RefreshError } from '../core/refresh-error';
import { nothingNew } from '../core/refresh-result';
import type { FeedMeta, RefreshResult } from '../core/types';
import { FeedParseError, parseFeed } from '../feed/parse';
import { fetchFeedResponse } from '../net';
import type { FeedStore, VistkyDatabase } from '../storage';
import { MAX_RETRY_AFTER_MS, toRefreshFailure } from './refresh-failure';
import { REFRESH_TIMEOUT_MS } from './refresh-timeout';
import { toEvictingFeedStore } from './store-feed';

/** What a refresh needs: the database, the feed, a clock, and optional cancellation. */
export interface RefreshFeedOptions {
  db: VistkyDatabase;
  /** Absolute: a relative feed path is resolved by the caller, against its own location. */
  feedUrl: string;
  now: () => Date;
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The recorded rate limit, while it still forbids asking (bounded, in case the clock jumped). */
function getPendingRateLimit(meta: FeedMeta | undefined, now: Date) {
  const failure = meta?.lastError;
  if (failure?.kind !== 'rate-limited' || failure.retryAfter === null) return null;
  const wait = Date.parse(failure.retryAfter) - now.getTime();
  return wait > 0 && wait <= MAX_RETRY_AFTER_MS ? failure : null;
}

/**
 * Fetches the feed (conditionally), parses it and stores its articles and meta in one
 * transaction, then evicts beyond the unsaved limit, making room on a full disk (store-feed.ts).
 * On any failure the stored articles stay as they were, the failure is recorded on the feed
 * (unless the caller aborted) and a RefreshError carrying it is thrown.
 */
export function refreshFeed(options: RefreshFeedOptions): Promise<RefreshResult> {
  return refreshFeedStore(toEvictingFeedStore(options.db), options);
}

/**
 * The same refresh into any FeedStore: a page whose browser keeps no database refreshes into
 * memory with it, with the same conditional requests, Retry-After and failure records.
 */
export async function refreshFeedStore(
  store: FeedStore,
  options: Omit<RefreshFeedOptions, 'db'>,
): Promise<RefreshResult> {
  const { feedUrl, now, signal } = options;
  try {
    const meta = await store.getFeedMeta(feedUrl);
    // Honour the server's Retry-After whoever asks: with many installs every request counts.
    const rateLimit = getPendingRateLimit(meta, now());
    if (rateLimit) throw new RefreshError(rateLimit);
    const response = await fetchFeedResponse(feedUrl, {
      etag: meta?.etag ?? null,
      lastModified: meta?.lastModified ?? null,
      signal,
      timeoutMs: options.timeoutMs ?? REFRESH_TIMEOUT_MS,
      now,
      fetch: options.fetch,
    });
    if (response.status === 304) {
      const at = now().toISOString();
      await store.putFeedMeta(feedUrl, { lastChecked: at, lastSuccess: at, lastError: null });
      return nothingNew();
    }
    signal?.throwIfAborted();
    const contentType = response.contentType ?? undefined;
    const feed = parseFeed(response.bytes, { url: feedUrl, contentType });
    if (feed.articles.length === 0 && feed.skipped > 0) {
      throw new FeedParseError(
        `None of the feed's ${feed.skipped} items has a title, a link or any text, so nothing was stored. Ask its publisher to check the feed.`,
        'no-usable-items',
      );
    }
    const at = now();
    const stored = await store.putFeedArticles({
      feedUrl,
      articles: feed.articles,
      meta: {
        title: feed.title,
        homeUrl: feed.homeUrl,
        etag: response.etag,
        lastModified: response.lastModified,
        lastChecked: at.toISOString(),
        lastSuccess: at.toISOString(),
        lastError: null,
      },
      now: at,
    });
    return { status: 'updated', ...stored, skipped: feed.skipped };
  } catch (error) {
    if (error instanceof RefreshError) throw error;
    const failure = toRefreshFailure(error, now());
    if (failure.kind !== 'aborted') {
      // Best effort: when storage itself failed, recording may fail too; the caller still learns.
      await store
        .putFeedMeta(feedUrl, { lastChecked: failure.at, lastError: failure })
        .catch(() => undefined);
    }
    throw new RefreshError(failure);
  }
}
