import type { IDBPObjectStore, StoreNames } from 'idb';
import { forgetFirstScreen } from './forget-first-screen';
import { forgetEvicted, rememberEvicted } from './evicted-keys';
import { INDEX, STORE, type ArticleRecord, type VistkyDatabase, type VistkySchema } from './schema';
import { runBatch, runRead, runWrite } from './transaction';

/** Articles taken out of the store, with the way to put them back if what needed room failed. */
export interface Eviction {
  keys: string[];
  /** Puts the evicted articles back, except any that were stored again in the meantime. */
  restore: () => Promise<void>;
}

type ArticleStore<TxStores extends ArrayLike<StoreNames<VistkySchema>>> = IDBPObjectStore<
  VistkySchema,
  TxStores,
  'articles',
  'readwrite'
>;

/**
 * Deletes unsaved articles oldest first: up to `count`, skipping `except`. Saved articles are
 * not in the index walked, so they are never touched. Returns the deleted records.
 */
async function deleteOldestUnsaved<TxStores extends ArrayLike<StoreNames<VistkySchema>>>(
  store: ArticleStore<TxStores>,
  count: number,
  except: ReadonlySet<string> = new Set(),
): Promise<ArticleRecord[]> {
  const index = store.index(INDEX.byUnsavedDate);
  const taken: ArticleRecord[] = [];
  let cursor = await index.openCursor();
  while (cursor && taken.length < count) {
    if (!except.has(cursor.primaryKey)) {
      taken.push(cursor.value);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  return taken;
}

/** How many stored articles are not saved, i.e. may be evicted. */
export function countUnsavedArticles(db: VistkyDatabase): Promise<number> {
  return runRead(db, [STORE.articles], (tx) =>
    tx.objectStore(STORE.articles).index(INDEX.byUnsavedDate).count(),
  );
}

/**
 * Deletes unsaved articles, oldest first, until only the newest `keep` remain, and remembers
 * them so their feed does not store them again. Returns the deleted keys.
 */
export async function evictUnsavedArticles(
  db: VistkyDatabase,
  options: { keep: number },
): Promise<string[]> {
  const keys = await runWrite(db, [STORE.articles, STORE.evicted], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    const unsaved = await store.index(INDEX.byUnsavedDate).count();
    const deleted = await deleteOldestUnsaved(store, unsaved - Math.max(0, options.keep));
    await rememberEvicted(tx.objectStore(STORE.evicted), deleted);
    return deleted.map((record) => record.key);
  });
  return forgetIfAny(keys);
}

/**
 * Deletes every unsaved article («Очистити кеш») without remembering them: the next download of
 * the feed stores them again. Returns the deleted keys.
 */
export async function deleteUnsavedArticles(db: VistkyDatabase): Promise<string[]> {
  const keys = await runWrite(db, [STORE.articles], async (tx) => {
    const deleted = await deleteOldestUnsaved(tx.objectStore(STORE.articles), Infinity);
    return deleted.map((record) => record.key);
  });
  return forgetIfAny(keys);
}

/** The kept first screen goes whenever articles went (see forget-first-screen.ts). */
async function forgetIfAny(keys: string[]): Promise<string[]> {
  if (keys.length > 0) await forgetFirstScreen();
  return keys;
}

/**
 * Deletes up to `count` of the oldest unsaved articles, skipping `except` (what is about to be
 * stored again), to make room when the disk is full. The returned Eviction can undo it.
 */
export async function evictOldestArticles(
  db: VistkyDatabase,
  options: { count: number; except: ReadonlySet<string> },
): Promise<Eviction> {
  const records = await runWrite(db, [STORE.articles, STORE.evicted], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    const taken = await deleteOldestUnsaved(store, options.count, options.except);
    await rememberEvicted(tx.objectStore(STORE.evicted), taken);
    return taken;
  });
  const keys = await forgetIfAny(records.map((record) => record.key));
  return {
    keys,
    restore: () =>
      runWrite(db, [STORE.articles, STORE.evicted], async (tx) => {
        const store = tx.objectStore(STORE.articles);
        const present = await runBatch(records, (record) => store.getKey(record.key));
        const missing = records.filter((_, position) => present[position] === undefined);
        // add, not put: restoring only ever inserts what is missing, never overwrites.
        await runBatch(missing, (record) => store.add(record));
        await forgetEvicted(tx.objectStore(STORE.evicted), keys);
      }),
  };
}
