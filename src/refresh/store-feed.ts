import { getArticleKey } from '../core/ids';
import { parseKeepUnsaved } from '../core/keep-limit';
import { SETTING_KEYS } from '../core/setting-keys';
import {
  getSetting,
  putFeedArticles,
  StorageFullError,
  toFeedStore,
  type FeedStore,
  type PutFeedArticlesInput,
  type StoredFeed,
  type VistkyDatabase,
} from '../storage';
import {
  countUnsavedArticles,
  evictOldestArticles,
  evictUnsavedArticles,
} from '../storage/eviction';

// A quarter of the unsaved articles frees room for a feed several times over, while most of
// what the reader can scroll back to stays.
const ROOM_SHARE = 0.25;

/**
 * Stores the batch; when the disk is full, evicts the oldest unsaved articles and retries once.
 * If the retry fails too, the evicted articles are put back, so a failure loses nothing.
 */
async function putMakingRoom(db: VistkyDatabase, batch: PutFeedArticlesInput): Promise<StoredFeed> {
  try {
    return { ...(await putFeedArticles(db, batch)), evictedKeys: [] };
  } catch (error) {
    if (!(error instanceof StorageFullError)) throw error;
    const except = new Set(batch.articles.map((article) => getArticleKey(article.id)));
    const count = Math.ceil((await countUnsavedArticles(db)) * ROOM_SHARE);
    const eviction = await evictOldestArticles(db, { count, except });
    if (eviction.keys.length === 0) throw error;
    try {
      return { ...(await putFeedArticles(db, batch)), evictedKeys: eviction.keys };
    } catch (retryError) {
      await eviction.restore().catch(() => undefined);
      throw retryError;
    }
  }
}

/**
 * What a refresh reports once an article stored and evicted in the same refresh is taken out of
 * every list: nobody saw it come or go, so the pill, notifications and badges must not count it.
 */
function withoutPassingThrough(stored: StoredFeed, evicted: string[]): StoredFeed {
  const gone = new Set(evicted);
  const addedKeys = stored.addedKeys.filter((key) => !gone.has(key));
  const updatedKeys = stored.updatedKeys.filter((key) => !gone.has(key));
  const added = new Set(stored.addedKeys);
  return {
    added: addedKeys.length,
    updated: updatedKeys.length,
    addedKeys,
    updatedKeys,
    evictedKeys: evicted.filter((key) => !added.has(key)),
  };
}

/**
 * Stores a feed's articles (making room on a full disk), then keeps only the newest unsaved
 * articles up to the limit the resident chose (500 by default). Saved articles are never evicted.
 * Only articles that are new and kept count as added.
 */
export async function storeFeed(
  db: VistkyDatabase,
  batch: PutFeedArticlesInput,
): Promise<StoredFeed> {
  const stored = await putMakingRoom(db, batch);
  const keep = parseKeepUnsaved(await getSetting(db, SETTING_KEYS.keepUnsaved));
  const evicted = await evictUnsavedArticles(db, { keep });
  return withoutPassingThrough(stored, [...stored.evictedKeys, ...evicted]);
}

/** The device's database as a FeedStore whose stores evict and make room (see storeFeed). */
export function toEvictingFeedStore(db: VistkyDatabase): FeedStore {
  return { ...toFeedStore(db), putFeedArticles: (input) => storeFeed(db, input) };
}
