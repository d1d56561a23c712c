import { ALL_UNREAD, INDEX, STORE, type VistkyDatabase } from './schema';
import { runRead } from './transaction';

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
