import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useRoute } from 'preact-iso';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { getTitleFromQuery } from '../../core/share-url';
import { getPortalAddress, listOrigins } from '../../core/portal-address';
import { portalLinks } from '#city/portalLinks';
import { articleQuery } from '../../data/articles';
import { markArticleRead } from '../../data/article-state';
import { feedMetaQuery, getAppFeedUrl } from '../../data/feeds';
import { ArticleMissing } from '../components/article-missing';
import { ArticleView } from '../components/article-view';
import { ArticleLoading } from '../components/article-loading';
import { InstallOffer } from '../components/install-offer';
import { SETTING_KEYS } from '../../core/setting-keys';
import { incrementCounter } from '../../data/settings';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { markArticleEntry } from '../hooks/in-app-history';
import { useMessages } from '../hooks/use-messages';
import { useOnline } from '../hooks/use-online';
import { useRefresh } from '../hooks/use-refresh';
import { revealLiveApp } from '../first-screen';
import { NewsList } from './news-list';

/** /news/<key>: the article from the device, or a clear page when it is gone. */
export default function ArticlePage() {
  const t = useMessages();
  const { params, query } = useRoute();
  const key = params.key ?? '';
  const queryClient = useQueryClient();
  const isOnline = useOnline();
  const { isRefreshing, failure } = useRefresh();
  const article = useQuery(articleQuery(key)).data;
  const meta = useQuery(feedMetaQuery(getAppFeedUrl()));
  // Anyone can write a link to the app: its `src` and title count only when `src` is the portal's.
  const sourceUrl = getPortalAddress(
    query.src,
    listOrigins([meta.data?.homeUrl, ...portalLinks.map((link) => link.href)]),
  );
  const titleFromLink = sourceUrl ? getTitleFromQuery(query.t) : null;
  // A cold shared link: the article may arrive with the first refresh, so wait for it.
  const isWaiting =
    article === undefined ||
    (article === null &&
      (isRefreshing || (isOnline && !meta.isPending && meta.data === null && !failure)));

  useDocumentMeta({
    title: `${article?.title ?? titleFromLink ?? t.cityCouncil} — ${t.appName}`,
    description: article?.summary || t.listDescription,
    canonical: article?.url || sourceUrl,
  });

  useEffect(() => {
    window.scrollTo(0, 0);
    markArticleEntry();
    void incrementCounter(queryClient, SETTING_KEYS.articlesOpened).catch(() => undefined);
  }, [key, queryClient]);

  // Opening an article is reading it: the list shows it as read from now on.
  const isUnread = article?.read === false;
  useEffect(() => {
    if (isUnread) markArticleRead(queryClient, key).catch(() => undefined);
  }, [isUnread, key, queryClient]);

  // The server's page of this article (or of its absence) gives way once the app's is ready.
  useLayoutEffect(() => {
    if (!isWaiting) revealLiveApp();
  }, [isWaiting]);

  if (article) {
    return (
      <>
        <ArticleView article={article} />
        <InstallOffer />
      </>
    );
  }
  if (isWaiting) return <ArticleLoading title={titleFromLink} />;
  return (
    <>
      <ArticleMissing sourceUrl={sourceUrl} isOnline={isOnline} />
      <NewsList isEmbedded />
    </>
  );
}
