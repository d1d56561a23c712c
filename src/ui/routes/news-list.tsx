import { useInfiniteQuery, useQuery } from '@tanstack/preact-query';
import { useCallback, useMemo, useRef } from 'preact/hooks';
import { SETTING_KEYS } from '../../core/setting-keys';
import { settingQuery } from '../../data/settings';
import { articleListQuery } from '../../data/articles';
import { feedMetaQuery, getAppFeedUrl } from '../../data/feeds';
import { FeedStatus } from '../components/feed-status';
import { LoadMore } from '../components/load-more';
import { NewsListView } from '../components/news-list-view';
import { NewArticlesPill } from '../components/new-articles-pill';
import { LazyNotificationPrompt } from '../components/lazy-notification-prompt';
import { useCurrentSection } from '../hooks/use-current-section';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useFirstScreen } from '../hooks/use-first-screen';
import { useMessages } from '../hooks/use-messages';
import { useNewArticles } from '../hooks/use-new-articles';
import { useNow } from '../hooks/use-now';
import { useOnline } from '../hooks/use-online';
import { useRefresh } from '../hooks/use-refresh';
import { useScrollMemory } from '../hooks/use-scroll-memory';
import { useTopicMatches } from '../hooks/use-topic-matches';

interface NewsListProps {
  /** Shown under another page's content (a missing article): that page owns the title and h1. */
  isEmbedded?: boolean;
}

/**
 * The home screen (/) and a section (/section/<slug>): stored articles newest first, the
 * section chips, the feed's freshness and «Позначити все прочитаним». As a route (not embedded)
 * it remembers the section, so the app opens there next time.
 */
export function NewsList({ isEmbedded = false }: NewsListProps) {
  const t = useMessages();
  const isOnline = useOnline();
  const now = useNow();
  const { isRefreshing, failure, nextCheckAt } = useRefresh();
  const { heldKeys, reveal } = useNewArticles();
  const current = useCurrentSection(!isEmbedded);
  const { section } = current;
  const topicQuery = useQuery(settingQuery(SETTING_KEYS.topics));
  const list = useInfiniteQuery({
    ...articleListQuery(section?.name ?? null),
    enabled: current.slug === null || section !== undefined,
  });
  const meta = useQuery(feedMetaQuery(getAppFeedUrl())).data ?? null;
  const heading = section?.name ?? t.listHeading;
  useDocumentMeta(
    { title: `${heading} — ${t.appName}`, description: t.listDescription },
    !isEmbedded,
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // One array per read, not per render: the topic matcher reruns only when the articles change.
  const stored = useMemo(
    () => list.data?.pages.flatMap((page) => page.articles) ?? [],
    [list.data],
  );
  const articles = heldKeys.size > 0 ? stored.filter((a) => !heldKeys.has(a.key)) : stored;
  const topicSetting = topicQuery.data;
  const topicLabels = useMemo(
    () => (Array.isArray(topicSetting) ? topicSetting.map(String) : []),
    [topicSetting],
  );
  const topicsByKey = useTopicMatches(stored, topicLabels);
  const showNew = () => {
    reveal();
    window.scrollTo({ top: 0 });
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  // The chips and counts come with the list, not after it, and so do the topics and their
  // matcher: nothing above or in the cards may move once they are on screen (a returning
  // reader's scroll position is restored right away). After a first visit's refresh the sections
  // are re-read with the articles but answer later, so the first cards wait for them too.
  const hasShownCards = useRef(false);
  const isFirstLoad =
    current.isPending ||
    (!hasShownCards.current && current.isUpdating) ||
    (list.isPending && !current.isMissing) ||
    topicQuery.isPending ||
    topicsByKey === null ||
    (articles.length === 0 && (isRefreshing || (isOnline && meta === null && !failure)));

  if (!isFirstLoad && articles.length > 0) hasShownCards.current = true;
  // Its swap is a layout effect: the live list is in the page before the next paint, and before
  // the scroll memory restores a position (a passive effect, once the cards are rendered).
  useFirstScreen(!isFirstLoad && !isEmbedded, heldKeys.size === 0, [
    list.data,
    meta,
    now,
    isOnline,
  ]);
  useScrollMemory(!isFirstLoad && articles.length > 0);

  return (
    <NewsListView
      isEmbedded={isEmbedded}
      heading={heading}
      isSection={section !== undefined}
      currentSlug={current.slug}
      notices={
        <>
          <NewArticlesPill count={heldKeys.size} onShow={showNew} />
          <LazyNotificationPrompt />
        </>
      }
      status={
        <FeedStatus
          meta={meta}
          isOnline={isOnline}
          now={now}
          failure={failure}
          nextCheckAt={nextCheckAt}
        />
      }
      isOnline={isOnline}
      unread={current.unread}
      category={section?.name ?? null}
      content={
        isFirstLoad
          ? 'loading'
          : current.isMissing
            ? 'missing'
            : articles.length === 0
              ? 'empty'
              : 'articles'
      }
      articles={articles}
      now={now}
      topicsByKey={topicsByKey ?? undefined}
      more={hasNextPage && <LoadMore onLoadMore={loadMore} isLoading={isFetchingNextPage} />}
    />
  );
}
