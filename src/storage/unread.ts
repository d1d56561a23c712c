import type { ArticleState } from '../core/types';
import { toArticleRecord } from './article-record';
import { ALL_UNREAD, INDEX, STORE, type VistkyDatabase } from './schema';
import { runBatch, runRead, runWrite } from './transaction';

/** How many articles are unread: in all, and per category. */
export interface UnreadCounts {
  total: number;
  byCategory: Record<string, number>;
}

/**
 * Unread counts for every section at once. Walks the distinct keys of the by-unread index and
 * counts each, so it reads no article bodies.
 */
export function countUnreadArticles(db: VistkyDatabase): Promise<UnreadCounts> {
  return runRead(db, [STORE.articles], async (tx) => {
    const index = tx.objectStore(STORE.articles).index(INDEX.byUnread);
    const counts: UnreadCounts = { total: 0, byCategory: {} };
    let cursor = await index.openKeyCursor();
    while (cursor) {
      const key = cursor.key as string;
      const count = await index.count(key);
      if (key === ALL_UNREAD) counts.total = count;
      else counts.byCategory[key] = count;
      // U+0000 appended gives the smallest string after `key`: jump to the next distinct one.
      cursor = await cursor.continue(`${key}\u0000`);
    }
    return counts;
  });
}

/**
 * Marks every unread article read («Позначити все прочитаним»), or only those of one category.
 * Returns the keys it changed.
 */
export function markAllArticlesRead(
  db: VistkyDatabase,
  options: { category?: string } = {},
): Promise<string[]> {
  return runWrite(db, [STORE.articles], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    const keys = (await store
      .index(INDEX.byUnread)
      .getAllKeys(options.category ?? ALL_UNREAD)) as string[];
    const records = await runBatch(keys, (key) => store.get(key));
    const changed = records.flatMap((stored) => {
      if (!stored) return [];
      const state: ArticleState = { read: true, saved: stored.saved, savedAt: stored.savedAt };
      return [toArticleRecord(stored, stored.feedUrl, state, stored.firstSeen)];
    });
    await runBatch(changed, (record) => store.put(record));
    return changed.map((record) => record.key);
  });
}
