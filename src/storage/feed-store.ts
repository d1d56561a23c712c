import type { FeedMeta } from '../core/types';
import { getFeedMeta, putFeedMeta, type FeedMetaPatch } from './feeds';
import type { PutFeedArticlesResult } from './plan-feed-articles';
import { putFeedArticles, type PutFeedArticlesInput } from './put-feed-articles';
import type { VistkyDatabase } from './schema';

/** What storing a feed did: the batch's result and the articles let go on the way. */
export interface StoredFeed extends PutFeedArticlesResult {
  /** Evicted beyond the unsaved limit or to make room on a full disk; none for a plain put. */
  evictedKeys: string[];
}

/** What a refresh reads and writes, wherever the articles are kept. */
export interface FeedStore {
  getFeedMeta(url: string): Promise<FeedMeta | undefined>;
  putFeedMeta(url: string, patch: FeedMetaPatch): Promise<FeedMeta>;
  putFeedArticles(input: PutFeedArticlesInput): Promise<StoredFeed>;
}

/** The device's database as a FeedStore. */
export function toFeedStore(db: VistkyDatabase): FeedStore {
  return {
    getFeedMeta: (url) => getFeedMeta(db, url),
    putFeedMeta: (url, patch) => putFeedMeta(db, url, patch),
    putFeedArticles: async (input) => ({ ...(await putFeedArticles(db, input)), evictedKeys: [] }),
  };
}
