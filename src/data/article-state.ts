import { mutationOptions, type QueryClient } from '@tanstack/preact-query';
import { markAllArticlesRead, putArticleState } from '../storage';
import { getDatabase } from './database';

const reread = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: ['articles'] });

/** Saves or unsaves an article; resolves with whether it is saved now. */
export function saveArticleMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async ({ key, saved }: { key: string; saved: boolean }) => {
      const article = await putArticleState(await getDatabase(), key, { saved }, new Date());
      return article?.saved ?? false;
    },
    onSettled: () => reread(queryClient),
  });
}

/** Marks an opened article read, unless it already is. */
export async function markArticleRead(queryClient: QueryClient, key: string): Promise<void> {
  await putArticleState(await getDatabase(), key, { read: true }, new Date());
  await reread(queryClient);
}

/** «Позначити все прочитаним» for one section (by category name) or for all (null). */
export function markAllReadMutation(queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async (category: string | null) =>
      markAllArticlesRead(await getDatabase(), category === null ? {} : { category }),
    onSettled: () => reread(queryClient),
  });
}
