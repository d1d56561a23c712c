import { infiniteQueryOptions, queryOptions } from '@tanstack/preact-query';
import type { ArticleCursor } from '../storage';
import { getContentSource } from './content-source';

/**
 * How many articles one page of the list holds: a screenful and more, as the server's page and
 * the kept first screen show; the rest load as the reader scrolls. Ten, not twenty, halves the
 * render that takes a first visit over from the server's page.
 */
export const ARTICLE_PAGE_SIZE = 10;

/** Newest-first pages of stored articles, of one section or of all. */
export function articleListQuery(category: string | null = null) {
  return infiniteQueryOptions({
    queryKey: ['articles', 'list', { category }] as const,
    queryFn: async ({ pageParam }) =>
      (await getContentSource()).listArticles({
        category: category ?? undefined,
        limit: ARTICLE_PAGE_SIZE,
        after: pageParam ?? undefined,
      }),
    initialPageParam: null as ArticleCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

/** One stored article by its key; null when this device does not have it. */
export function articleQuery(key: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', key] as const,
    queryFn: async () => (await (await getContentSource()).getArticle(key)) ?? null,
  });
}
