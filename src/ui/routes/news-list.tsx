import { useInfiniteQuery, useQuery } from '@tanstack/preact-query';
import { useCallback } from 'preact/hooks';
import { articleListQuery } from '../../data/articles';
import { feedMetaQuery, getAppFeedUrl } from '../../data/feeds';
import { ArticleList } from '../components/article-list';
import { FeedStatus } from '../components/feed-status';
import { LoadMore } from '../components/load-more';
import { SkeletonList } from '../components/skeleton-list';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { useNow } from '../hooks/use-now';
import { useOnline } from '../hooks/use-online';
import { useRefresh } from '../hooks/use-refresh';

/** The home screen: every stored article, newest first, with the feed's freshness on top. */
export function NewsList() {
  const t = useMessages();
  const isOnline = useOnline();
  const now = useNow();
  const { isRefreshing, failure } = useRefresh();
  const list = useInfiniteQuery(articleListQuery());
  const meta = useQuery(feedMetaQuery(getAppFeedUrl())).data ?? null;
  useDocumentMeta({ title: `${t.listHeading} — ${t.appName}`, description: t.listDescription });

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const articles = list.data?.pages.flatMap((page) => page.articles) ?? [];
  const isFirstLoad =
    list.isPending || (articles.length === 0 && (isRefreshing || (isOnline && meta === null && !failure)));

  return (
    <>
      <h1 class="page-title">{t.listHeading}</h1>
      <FeedStatus meta={meta} isOnline={isOnline} now={now} failure={failure} />
      {isFirstLoad ? (
        <SkeletonList />
      ) : articles.length === 0 ? (
        <section class="empty-state">
          <h2>{t.emptyTitle}</h2>
          <p>{isOnline ? t.emptyOnline : t.emptyOffline}</p>
        </section>
      ) : (
        <>
          <ArticleList articles={articles} now={now} />
          {hasNextPage && <LoadMore onLoadMore={loadMore} isLoading={isFetchingNextPage} />}
        </>
      )}
    </>
  );
}
