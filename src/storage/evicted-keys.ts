import type { IDBPObjectStore, StoreNames } from 'idb';
import { EVICTED_BY_FEED, type ArticleRecord, type VistkySchema } from './schema';
import { runBatch } from './transaction';

type EvictedStore<TxStores extends ArrayLike<StoreNames<VistkySchema>>> = IDBPObjectStore<
  VistkySchema,
  TxStores,
  'evicted',
  'readwrite'
>;

/** Notes evicted articles, so their feed's next refresh does not store them as new again. */
export async function rememberEvicted<TxStores extends ArrayLike<StoreNames<VistkySchema>>>(
  store: EvictedStore<TxStores>,
  records: readonly ArticleRecord[],
): Promise<void> {
  await runBatch(records, (record) => store.put({ key: record.key, feedUrl: record.feedUrl }));
}

/** Forgets evicted articles (put back after a failed write, or cleared on purpose). */
export async function forgetEvicted<TxStores extends ArrayLike<StoreNames<VistkySchema>>>(
  store: EvictedStore<TxStores>,
  keys: readonly string[],
): Promise<void> {
  await runBatch(keys, (key) => store.delete(key));
}

/** Which of `keys` were evicted before. */
export async function findEvicted<TxStores extends ArrayLike<StoreNames<VistkySchema>>>(
  store: EvictedStore<TxStores>,
  keys: readonly string[],
): Promise<Set<string>> {
  const found = await runBatch(keys, (key) => store.getKey(key));
  return new Set(keys.filter((_, position) => found[position] !== undefined));
}

/**
 * Forgets the feed's evicted articles it no longer lists: they cannot come back from it, and
 * dropping them bounds what is remembered by the length of the feed.
 */
export async function forgetUnlisted<TxStores extends ArrayLike<StoreNames<VistkySchema>>>(
  store: EvictedStore<TxStores>,
  feedUrl: string,
  listed: ReadonlySet<string>,
): Promise<void> {
  const range = IDBKeyRange.only(feedUrl);
  let cursor = await store.index(EVICTED_BY_FEED).openCursor(range);
  while (cursor) {
    if (!listed.has(cursor.primaryKey)) await cursor.delete();
    cursor = await cursor.continue();
  }
}
