import { mutationOptions, type QueryClient } from '@tanstack/preact-query';
import type { ArticleState } from '../core/types';
import { getContentSource } from './content-source';

// Rebuilding records' index fields is a write path: it loads on the first save, opened article
// or «Позначити все прочитаним», not with the list's first screen (whose byte budget it would eat).
const loadDeferred = async () => (await getContentSource()).loadDeferred();

async function putState(key: string, patch: Partial<ArticleState>) {
  return (await loadDeferred()).putArticleState(key, patch, new Date());
}

const reread = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: ['articles'] });

/** Saves or unsaves an article; resolves with whether it is saved now. */
export function saveArticleMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async ({ key, saved }: { key: string; saved: boolean }) => {
      const article = await putState(key, { saved });
      return article?.saved ?? false;
    },
    onSettled: () => reread(queryClient),
  });
}

/** Marks an opened article read, unless it already is. */
export async function markArticleRead(queryClient: QueryClient, key: string): Promise<void> {
  await putState(key, { read: true });
  await reread(queryClient);
}

/** «Позначити все прочитаним» for one section (by category name) or for all (null). */
export function markAllReadMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async (category: string | null) => {
      const writes = await loadDeferred();
      return writes.markAllArticlesRead(category === null ? {} : { category });
    },
    onSettled: () => reread(queryClient),
  });
}
