import { infiniteQueryOptions, queryOptions } from '@tanstack/preact-query';
import type { ArticleCursor } from '../storage';
import { ARTICLE_PAGE_SIZE } from './articles';
import { getContentSource } from './content-source';

// Only «Збережені» reads these, so neither they nor their storage code are in the first load.
const loadDeferred = async () => (await getContentSource()).loadDeferred();

/** Saved articles («Збережені»), most recently saved first, page by page. */
export function savedListQuery() {
  return infiniteQueryOptions({
    queryKey: ['articles', 'saved'] as const,
    queryFn: async ({ pageParam }) =>
      (await loadDeferred()).listSavedArticles({
        limit: ARTICLE_PAGE_SIZE,
        after: pageParam ?? undefined,
      }),
    initialPageParam: null as ArticleCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

/** How many articles are saved. */
export function savedCountQuery() {
  return queryOptions({
    queryKey: ['articles', 'saved-count'] as const,
    queryFn: async () => (await loadDeferred()).countSavedArticles(),
  });
}
