import type { QueryClient } from '@tanstack/preact-query';
import { getContentSource } from './content-source';

/**
 * «Очистити кеш», the articles' part: deletes every unsaved article (saved ones stay) and forgets
 * the feed's validators, so the next refresh downloads the feed again instead of hearing 304.
 */
export async function clearStoredArticles(
  queryClient: QueryClient,
  feedUrl: string,
): Promise<number> {
  const writes = await (await getContentSource()).loadDeferred();
  const keys = await writes.deleteUnsavedArticles();
  await writes.putFeedMeta(feedUrl, { etag: null, lastModified: null });
  await queryClient.invalidateQueries({ queryKey: ['articles'] });
  return keys.length;
}
