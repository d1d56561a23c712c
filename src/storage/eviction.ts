import { INDEX, STORE, type ArticleRecord, type VistkyDatabase } from './schema';
import { runBatch, runRead, runWrite } from './transaction';

/** Articles taken out of the store, with the way to put them back if what needed room failed. */
export interface Eviction {
  keys: string[];
  /** Puts the evicted articles back, except any that were stored again in the meantime. */
  restore: () => Promise<void>;
}

/** How many stored articles are not saved, i.e. may be evicted. */
export function countUnsavedArticles(db: VistkyDatabase): Promise<number> {
  return runRead(db, [STORE.articles], (tx) =>
    tx.objectStore(STORE.articles).index(INDEX.byUnsavedDate).count(),
  );
}

/**
 * Deletes unsaved articles, oldest first, until only the newest `keep` remain; saved articles are
 * not in the index walked, so they are never touched. Returns the deleted keys.
 */
export function evictUnsavedArticles(
  db: VistkyDatabase,
  options: { keep: number },
): Promise<string[]> {
  return runWrite(db, [STORE.articles], async (tx) => {
    const index = tx.objectStore(STORE.articles).index(INDEX.byUnsavedDate);
    let excess = (await index.count()) - Math.max(0, options.keep);
    const deleted: string[] = [];
    for (let cursor = await index.openCursor(); cursor && excess > 0; excess--) {
      deleted.push(cursor.primaryKey);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    return deleted;
  });
}

/**
 * Deletes up to `count` of the oldest unsaved articles, skipping `except` (what is about to be
 * stored again), to make room when the disk is full. The returned Eviction can undo it.
 */
export async function evictOldestArticles(
  db: VistkyDatabase,
  options: { count: number; except: ReadonlySet<string> },
): Promise<Eviction> {
  const records = await runWrite(db, [STORE.articles], async (tx) => {
    const index = tx.objectStore(STORE.articles).index(INDEX.byUnsavedDate);
    const taken: ArticleRecord[] = [];
    let cursor = await index.openCursor();
    while (cursor && taken.length < options.count) {
      if (!options.except.has(cursor.primaryKey)) {
        taken.push(cursor.value);
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
    return taken;
  });
  return {
    keys: records.map((record) => record.key),
    restore: () =>
      runWrite(db, [STORE.articles], async (tx) => {
        const store = tx.objectStore(STORE.articles);
        const present = await runBatch(records, (record) => store.getKey(record.key));
        const missing = records.filter((_, position) => present[position] === undefined);
        // add, not put: restoring only ever inserts what is missing, never overwrites.
        await runBatch(missing, (record) => store.add(record));
      }),
  };
}
