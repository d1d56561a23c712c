import { useQuery } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { getSourceFromQuery } from '../../article/share-url';
import { articleQuery } from '../../data/articles';
import { feedMetaQuery, getAppFeedUrl } from '../../data/feeds';
import { ArticleMissing } from '../components/article-missing';
import { ArticleView } from '../components/article-view';
import { SkeletonList } from '../components/skeleton-list';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { useOnline } from '../hooks/use-online';
import { useRefresh } from '../hooks/use-refresh';
import { NewsList } from './news-list';

/** /news/<key>: the article from the device, or a clear page when it is gone. */
export default function ArticlePage() {
  const t = useMessages();
  const { params, query } = useRoute();
  const key = params.key ?? '';
  const sourceUrl = getSourceFromQuery(query.src);
  const isOnline = useOnline();
  const { isRefreshing, failure } = useRefresh();
  const article = useQuery(articleQuery(key)).data;
  const meta = useQuery(feedMetaQuery(getAppFeedUrl()));
  // A cold shared link: the article may arrive with the first refresh, so wait for it.
  const isWaiting =
    article === undefined ||
    (article === null &&
      (isRefreshing || (isOnline && !meta.isPending && meta.data === null && !failure)));

  useDocumentMeta({
    title: article ? `${article.title} — ${t.appName}` : `${t.appName} — ${t.cityCouncil}`,
    description: article?.summary || t.listDescription,
    canonical: article?.url || sourceUrl,
  });

  useEffect(() => window.scrollTo(0, 0), [key]);

  if (article) return <ArticleView article={article} />;
  if (isWaiting) return <SkeletonList count={1} />;
  return (
    <>
      <ArticleMissing sourceUrl={sourceUrl} isOnline={isOnline} />
      <NewsList />
    </>
  );
}
