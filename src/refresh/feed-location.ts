import { DEFAULT_FEED_PATH } from '../core/feed-path';

export { DEFAULT_FEED_PATH };

/**
 * The absolute URL of the city's feed: a same-origin path by default (the server proxies or
 * bridges it), or any URL that answers with CORS. Resolved against the calling context's origin.
 */
export function getFeedUrl(origin: string): string {
  return new URL(import.meta.env.VITE_FEED_URL || DEFAULT_FEED_PATH, origin).href;
}
