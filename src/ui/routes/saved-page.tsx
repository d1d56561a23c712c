import { useInfiniteQuery, useQuery } from '@tanstack/preact-query';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { useCallback } from 'preact/hooks';
import { formatPlural } from '../../core/plural';
import { savedCountQuery, savedListQuery } from '../../data/saved-articles';
import { ArticleList } from '../components/article-list';
import { LoadMore } from '../components/load-more';
import { SkeletonList } from '../components/skeleton-list';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { useNow } from '../hooks/use-now';

/** /saved («Збережені»): the articles the resident kept, newest save first; all offline. */
export default function SavedPage() {
  const t = useMessages();
  const s = useScreenMessages();
  const now = useNow();
  const list = useInfiniteQuery(savedListQuery());
  const count = useQuery(savedCountQuery()).data;
  useDocumentMeta({ title: `${t.savedTitle} — ${t.appName}`, description: s.savedDescription });

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const articles = list.data?.pages.flatMap((page) => page.articles) ?? [];

  return (
    <>
      <h1 class="page-title">{t.savedTitle}</h1>
      {count !== undefined && count > 0 && (
        <p class="feed-status">{formatPlural(count, s.savedCount, t.locale)}</p>
      )}
      {list.isPending ? (
        <SkeletonList />
      ) : articles.length === 0 ? (
        <section class="empty-state">
          <h2>{s.savedEmptyTitle}</h2>
          <p>{s.savedEmptyText}</p>
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
