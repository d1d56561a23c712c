import type { FeedLoad, FeedSourceOptions } from './feed-source';

/**
 * The bridged portal as a feed load: one crawl gives the JSON Feed text. The crawl keeps its own
 * cache of article pages, so asking again costs the portal only its list pages.
 */
export function createPortalLoad(crawl: () => Promise<string>): FeedSourceOptions['load'] {
  return async (): Promise<FeedLoad> => ({
    status: 200,
    bytes: new TextEncoder().encode(await crawl()),
    contentType: 'application/feed+json; charset=utf-8',
    validators: { etag: null, lastModified: null },
  });
}
