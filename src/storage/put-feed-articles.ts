import type { FeedArticle } from '../core/types';
import { findEvicted, forgetUnlisted } from './evicted-keys';
import { forgetFirstScreen } from './forget-first-screen';
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
 * read-modify-write below never interleaves, never duplicates and never loses a flag. An item
 * evicted before (beyond the keep limit) is not stored again while the feed still lists it.
 */
export async function putFeedArticles(
  db: VistkyDatabase,
  input: PutFeedArticlesInput,
): Promise<PutFeedArticlesResult> {
  const byKey = keyFeedArticles(input.articles);
  const result = await runWrite(db, [STORE.articles, STORE.feeds, STORE.evicted], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    const evictedStore = tx.objectStore(STORE.evicted);
    const keys = [...byKey.keys()];
    // All reads are queued at once (a transaction runs its requests in order), not one per await.
    const [stored, evicted] = await Promise.all([
      runBatch(keys, (key) => store.get(key)),
      findEvicted(evictedStore, keys),
    ]);
    await forgetUnlisted(evictedStore, input.feedUrl, new Set(keys));
    const plan = planFeedArticles(byKey, stored, input.feedUrl, input.now, evicted);
    await runBatch([...plan.added, ...plan.changed], (record) => store.put(record));
    const feeds = tx.objectStore(STORE.feeds);
    await feeds.put(mergeFeedMeta(input.feedUrl, await feeds.get(input.feedUrl), input.meta));
    return toPutResult(plan);
  });
  if (result.added + result.updated > 0) await forgetFirstScreen();
  return result;
}
