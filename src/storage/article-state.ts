import type { Article, ArticleState } from '../core/types';
import { toArticleRecord } from './article-record';
import { toArticle } from './to-article';
import { STORE, type VistkyDatabase } from './schema';
import { runWrite } from './transaction';

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
    const saved = patch.saved ?? stored.saved;
    const savedAt = !saved
      ? null
      : (patch.savedAt ?? (stored.saved ? stored.savedAt : null) ?? now.toISOString());
    const state: ArticleState = { read: patch.read ?? stored.read, saved, savedAt };
    const record = toArticleRecord(stored, stored.feedUrl, state, stored.firstSeen);
    await store.put(record);
    return toArticle(record);
  });
}
