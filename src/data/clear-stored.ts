import type { QueryClient } from '@tanstack/preact-query';
import { putFeedMeta } from '../storage';
// Imported directly, not through the storage index, so the first screen never downloads it.
import { deleteUnsavedArticles } from '../storage/eviction';
import { announceRefresh } from '../sync/announce-refresh';
import { getDatabase } from './database';

/**
 * «Очистити кеш», the database part: deletes every unsaved article (saved ones stay) and forgets
 * the feed's validators, so the next refresh downloads the feed again instead of hearing 304.
 * Announces the removal so other tabs and the search index drop the articles too.
 */
export async function clearStoredArticles(
  queryClient: QueryClient,
  feedUrl: string,
): Promise<number> {
  const db = await getDatabase();
  const keys = await deleteUnsavedArticles(db);
  await putFeedMeta(db, feedUrl, { etag: null, lastModified: null });
  announceRefresh({ type: 'articles-removed', keys });
  await queryClient.invalidateQueries({ queryKey: ['articles'] });
  return keys.length;
}
