import { useQuery } from '@tanstack/preact-query';
import { contentLanguage } from '#city/contentLanguage';
import { formatCount, formatPlural } from '../../core/plural';
import { sectionsQuery } from '../../data/sections';
import { useMessages } from '../hooks/use-messages';

function UnreadBadge({ count }: { count: number }) {
  const t = useMessages();
  if (count === 0) return null;
  return (
    <>
      <span class="chip__count" aria-hidden="true">
        {formatCount(count, t.locale)}
      </span>
      <span class="visually-hidden">, {formatPlural(count, t.unreadCount, t.locale)}</span>
    </>
  );
}

/** «Усі» and the feed's sections as one scrollable row of links, with unread counts. */
export function SectionChips({ current }: { current: string | null }) {
  const t = useMessages();
  const data = useQuery(sectionsQuery()).data;
  if (!data || data.sections.length === 0) return null;
  return (
    <nav class="chips" aria-label={t.sectionsLabel}>
      <ul class="chips__list">
        <li>
          <a class="chip" href="/" aria-current={current === null ? 'page' : undefined}>
            {t.allSections}
            <UnreadBadge count={data.totalUnread} />
          </a>
        </li>
        {data.sections.map((section) => (
          <li key={section.slug}>
            <a
              class="chip"
              href={`/section/${section.slug}`}
              aria-current={current === section.slug ? 'page' : undefined}
            >
              <span lang={contentLanguage}>{section.name}</span>
              <UnreadBadge count={section.unread} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
