import { fetchFeedResponse } from '../../net';
import type { FeedLoad, FeedSourceOptions } from './feed-source';
import { createSameOriginFetch } from './same-origin-fetch';

/** How the server asks FEED_URL for the feed. */
export interface UpstreamOptions {
  feedUrl: URL;
  userAgent: string;
  timeoutMs?: number;
  /** The transport; tests and the demo pass their own. */
  fetch?: typeof fetch;
}

const TIMEOUT_MS = 15_000;

/**
 * One conditional GET of FEED_URL: our own Accept and User-Agent (never a client's headers),
 * redirects only within the feed's origin, the body read up to parseFeed's size cap and no further.
 */
export function createUpstreamLoad(options: UpstreamOptions): FeedSourceOptions['load'] {
  const base = options.fetch ?? globalThis.fetch;
  const withUserAgent: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('User-Agent', options.userAgent);
    return base(input, { ...init, headers });
  };
  const fetchWithinOrigin = createSameOriginFetch(options.feedUrl.origin, withUserAgent);
  return async (previous, signal): Promise<FeedLoad> => {
    const response = await fetchFeedResponse(options.feedUrl.href, {
      etag: previous?.etag,
      lastModified: previous?.lastModified,
      signal,
      timeoutMs: options.timeoutMs ?? TIMEOUT_MS,
      now: () => new Date(),
      fetch: fetchWithinOrigin,
    });
    if (response.status === 304) return response;
    return {
      status: 200,
      bytes: new Uint8Array(response.bytes),
      contentType: response.contentType,
      validators: { etag: response.etag, lastModified: response.lastModified },
    };
  };
}
