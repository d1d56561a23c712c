import type { Article, ArticleState } from '../core/types';
import { patchArticleState, toArticleRecord } from './article-record';
import { toArticle } from './to-article';
import { ALL_UNREAD, INDEX, STORE, type VistkyDatabase } from './schema';
import { runBatch, runWrite } from './transaction';

/**
 * Marks an article read or saved (or not). Saving stamps savedAt with `now` unless the patch
 * gives one; unsaving clears it. Returns the article as stored, or undefined if it is gone.
 */
export function putArticleState(
  db: VistkyDatabase,
  key: string,
  patch: Partial<ArticleState>,
  now: Date,
): Promise<Article | undefined> {
  return runWrite(db, [STORE.articles], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    const stored = await store.get(key);
    if (stored === undefined) return undefined;
    const record = patchArticleState(stored, patch, now);
    await store.put(record);
    return toArticle(record);
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
