import type { FeedArticle } from '../core/types';
import { mergeFeedMeta, type FeedMetaPatch } from './feeds';
import { keyFeedArticles, planFeedArticles, toPutResult } from './plan-feed-articles';
import type { PutFeedArticlesResult } from './plan-feed-articles';
import { STORE, type VistkyDatabase } from './schema';
import { runBatch, runWrite } from './transaction';

export type { PutFeedArticlesResult } from './plan-feed-articles';

/** A feed's items and the feed's new meta, as one refresh stores them. */
export interface PutFeedArticlesInput {
  feedUrl: string;
  articles: FeedArticle[];
  meta: FeedMetaPatch;
  now: Date;
}

/**
 * Stores a feed's items and its meta in ONE transaction: each item keeps the reader's state
 * (read, saved) and its firstSeen, and takes the new content. Tabs and the service worker can
 * call it at once: IndexedDB runs overlapping readwrite transactions one after another, so the
 * read-modify-write below never interleaves, never duplicates and never loses a flag.
 */
export function putFeedArticles(
  db: VistkyDatabase,
  input: PutFeedArticlesInput,
): Promise<PutFeedArticlesResult> {
  const byKey = keyFeedArticles(input.articles);
  return runWrite(db, [STORE.articles, STORE.feeds], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    // All reads are queued at once (a transaction runs its requests in order), not one per await.
    const stored = await runBatch([...byKey.keys()], (key) => store.get(key));
    const plan = planFeedArticles(byKey, stored, input.feedUrl, input.now);
    await runBatch([...plan.added, ...plan.changed], (record) => store.put(record));
    const feeds = tx.objectStore(STORE.feeds);
    await feeds.put(mergeFeedMeta(input.feedUrl, await feeds.get(input.feedUrl), input.meta));
    return toPutResult(plan);
  });
}
