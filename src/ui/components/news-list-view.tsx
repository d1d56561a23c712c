import type { ComponentChildren } from 'preact';
import { contentLanguage } from '#city/contentLanguage';
import type { Article } from '../../core/types';
import { useMessages } from '../hooks/use-messages';
import { ArticleList } from './article-list';
import { MarkAllRead } from './mark-all-read';
import { SectionChips } from './section-chips';
import { SkeletonList } from './skeleton-list';

/** What the list shows under its header: placeholders, a message, or the cards. */
export type NewsListContent = 'loading' | 'missing' | 'empty' | 'articles';

interface NewsListViewProps {
  /** Shown under another page's content (a missing article): that page owns the title and h1. */
  isEmbedded: boolean;
  heading: string;
  /** The heading is a section's name, in the feed's language. */
  isSection: boolean;
  currentSlug: string | null;
  /** What only the running app shows between the chips and the status: the pill, offers. */
  notices?: ComponentChildren;
  /** The status line: when the feed was checked (a placeholder on the server's page). */
  status: ComponentChildren;
  /** Says which empty list it is: none yet online, or none kept offline. */
  isOnline: boolean;
  /** Unread articles here, and the section they are in (null for all). */
  unread: number;
  category: string | null;
  content: NewsListContent;
  articles: Article[];
  now: number | null;
  topicsByKey?: ReadonlyMap<string, string[]>;
  /** Below the cards: «Показати ще» while there are more. */
  more?: ComponentChildren;
}

/**
 * The list screen as it looks, from what it shows: the app renders it from the device (NewsList)
 * and the server from the feed (src/ssr), so the app takes the server's place without a shift.
 */
export function NewsListView(props: NewsListViewProps) {
  const t = useMessages();
  const { isEmbedded, heading, isSection, status, content, articles } = props;
  return (
    <>
      {isEmbedded ? (
        <h2 class="page-title">{t.listHeading}</h2>
      ) : (
        <h1 class="page-title" lang={isSection ? contentLanguage : undefined}>
          {heading}
        </h1>
      )}
      <SectionChips current={props.currentSlug} />
      {props.notices}
      {status}
      {props.unread > 0 && (
        <div class="list-tools">
          <MarkAllRead category={props.category} />
        </div>
      )}
      {content === 'loading' ? (
        <SkeletonList />
      ) : content === 'missing' ? (
        <section class="empty-state">
          <h2>{t.sectionMissingTitle}</h2>
          <p>{t.sectionMissingText}</p>
          <a class="button button--primary" href="/">
            {t.backToList}
          </a>
        </section>
      ) : content === 'empty' ? (
        <section class="empty-state">
          <h2>{t.emptyTitle}</h2>
          <p>{props.isOnline ? t.emptyOnline : t.emptyOffline}</p>
        </section>
      ) : (
        <>
          <ArticleList articles={articles} now={props.now} topicsByKey={props.topicsByKey} />
          {props.more}
        </>
      )}
    </>
  );
}
