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
  /** Read again while none are known (a first refresh just stored articles): chips may follow. */
  isUpdating: boolean;
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
  // The romanised slug, or the name itself percent-encoded (links made by hand or elsewhere).
  const section =
    slug === null
      ? undefined
      : data?.sections.find((s) => s.slug === slug || encodeURIComponent(s.name) === slug);
  // Only an address that leads to a section is worth opening the app on next time.
  const remembered = slug === null ? null : (section?.slug ?? undefined);
  useEffect(() => {
    if (remember && remembered !== undefined) rememberSection(remembered).catch(() => undefined);
  }, [remember, remembered]);
  return {
    slug,
    section,
    // A failed read leaves no sections to resolve an address against: the address is unknown.
    isMissing: slug !== null && section === undefined && (data !== undefined || query.isError),
    isPending: query.isPending,
    isUpdating: query.isFetching && (data?.sections.length ?? 0) === 0,
    unread: slug === null ? (data?.totalUnread ?? 0) : (section?.unread ?? 0),
  };
}
