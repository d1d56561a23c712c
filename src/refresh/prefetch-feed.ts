import { MAX_FEED_BYTES } from '../core/feed-limit';
import type { PrefetchedFeed } from '../core/messages';
import { FEED_ACCEPT } from '../net/feed-request';
import { readBody } from '../net/read-body';
import { getFeedMeta, type VistkyDatabase } from '../storage';
import { REFRESH_TIMEOUT_MS } from './refresh-timeout';

/**
 * On a device that has never fetched the feed (so no validators to send and no Retry-After to
 * honour), downloads it at once, while the refresh worker is still loading. A network failure or
 * timeout is passed on as such, so the worker does not wait a second time. Null when the feed
 * was fetched before, or on anything else: the worker then makes the request itself.
 */
export async function prefetchFeed(
  db: VistkyDatabase,
  feedUrl: string,
): Promise<PrefetchedFeed | null> {
  try {
    if (await getFeedMeta(db, feedUrl)) return null;
    const signal = AbortSignal.timeout(REFRESH_TIMEOUT_MS);
    // The same request as fetchFeedResponse's first, unconditional one.
    const response = await fetch(feedUrl, {
      headers: { Accept: FEED_ACCEPT },
      cache: 'no-store',
      signal,
    });
    const body = await readBody(response, MAX_FEED_BYTES, signal);
    return { status: response.status, headers: [...response.headers], body };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // fetch() rejects with a bare TypeError for every transport failure, by design of the spec.
    if (error instanceof TypeError) return { error: 'network', message };
    const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
    return name === 'TimeoutError' ? { error: 'timeout', message } : null;
  }
}

/** A fetch that answers as the prefetch did (or fails as it did), for refreshFeed's `fetch`. */
export function replayFeed(feed: PrefetchedFeed): typeof fetch {
  if ('error' in feed) {
    const error =
      feed.error === 'network'
        ? new TypeError(feed.message)
        : new DOMException(feed.message, 'TimeoutError');
    return () => Promise.reject(error);
  }
  // 204, 205 and 304 answers must not carry a body, or the Response constructor throws.
  const body = [204, 205, 304].includes(feed.status) ? null : feed.body;
  return () => Promise.resolve(new Response(body, { status: feed.status, headers: feed.headers }));
}
