// Apart from fetch-feed-response.ts, so a page can make the same request without loading it.

/**
 * The Accept header of every feed request. At most 128 bytes, so it stays a CORS-safelisted
 * header and a first, unconditional request to a cross-origin feed needs no preflight.
 */
export const FEED_ACCEPT = [
  'application/feed+json',
  'application/atom+xml',
  'application/rss+xml',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  '*/*;q=0.8',
].join(', ');
