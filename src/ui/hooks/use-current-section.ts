import { useQuery } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { rememberSection } from '../../data/preferences';
import { sectionsQuery, type Section } from '../../data/sections';

/** The section the route names, the total unread count, and whether the address is unknown. */
export interface CurrentSection {
  /** The slug in the address; null on the home screen («Усі»). */
  slug: string | null;
  /** The section, once the stored sections are read; undefined before, or when unknown. */
  section: Section | undefined;
  isMissing: boolean;
  /** Until the sections are read: the chips and counts are not known yet. */
  isPending: boolean;
  /** Unread articles in this section, or in all on the home screen. */
  unread: number;
}

/**
 * Resolves /section/<slug> against the stored sections, and (for a route, not an embedded list)
 * remembers it, so the app opens on it next time.
 */
export function useCurrentSection(remember: boolean): CurrentSection {
  const slug = useRoute().params.slug ?? null;
  const query = useQuery(sectionsQuery());
  const data = query.data;
  const section = slug === null ? undefined : data?.sections.find((s) => s.slug === slug);
  useEffect(() => {
    if (remember) rememberSection(slug).catch(() => undefined);
  }, [remember, slug]);
  return {
    slug,
    section,
    // Without a database (memory mode) there are no sections to resolve an address against.
    isMissing: slug !== null && section === undefined && (data !== undefined || query.isError),
    isPending: query.isPending,
    unread: slug === null ? (data?.totalUnread ?? 0) : (section?.unread ?? 0),
  };
}
