import type { FeedMeta } from '../core/types';
import { getFeedMeta, putFeedMeta, type FeedMetaPatch } from './feeds';
import type { PutFeedArticlesResult } from './plan-feed-articles';
import { putFeedArticles, type PutFeedArticlesInput } from './put-feed-articles';
import type { VistkyDatabase } from './schema';

/** What a refresh reads and writes, wherever the articles are kept. */
export interface FeedStore {
  getFeedMeta(url: string): Promise<FeedMeta | undefined>;
  putFeedMeta(url: string, patch: FeedMetaPatch): Promise<FeedMeta>;
  putFeedArticles(input: PutFeedArticlesInput): Promise<PutFeedArticlesResult>;
}

/** The device's database as a FeedStore. */
export function toFeedStore(db: VistkyDatabase): FeedStore {
  return {
    getFeedMeta: (url) => getFeedMeta(db, url),
    putFeedMeta: (url, patch) => putFeedMeta(db, url, patch),
    putFeedArticles: (input) => putFeedArticles(db, input),
  };
}
