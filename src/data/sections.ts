import { queryOptions } from '@tanstack/preact-query';
import { getSectionSlug } from '../core/section-slug';
import { getContentSource } from './content-source';

/** A section of the list: a feed category with its address and counts. */
export interface Section {
  name: string;
  slug: string;
  count: number;
  unread: number;
}

/** The sections of the stored news, most used first, and how many articles are unread in all. */
export interface Sections {
  sections: Section[];
  totalUnread: number;
}

/**
 * The chip bar's sections. Under the 'articles' key, so every stored change (a refresh, a read,
 * a save) re-reads the counts. Two names with the same slug keep the more used one.
 */
export function sectionsQuery() {
  return queryOptions({
    queryKey: ['articles', 'sections'] as const,
    queryFn: async (): Promise<Sections> => {
      const source = await getContentSource();
      const [categories, unread] = await Promise.all([
        source.listCategories(),
        source.countUnreadArticles(),
      ]);
      const seen = new Set<string>();
      const sections = categories.flatMap(({ name, count }) => {
        const slug = getSectionSlug(name);
        if (seen.has(slug)) return [];
        seen.add(slug);
        return [{ name, slug, count, unread: unread.byCategory[name] ?? 0 }];
      });
      return { sections, totalUnread: unread.total };
    },
  });
}
