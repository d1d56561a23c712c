import { getArticleKey } from '../../core/ids';
import type { PushArticle } from '../../core/news-push';
import type { ParsedFeed } from '../../core/types';
import type { PushStore } from './push-store';

/** The feed's articles as pushes name them, newest first. */
export function toPushArticles(feed: ParsedFeed): PushArticle[] {
  return feed.articles
    .map((article, order) => ({ article, order, time: Date.parse(article.published ?? '') }))
    .sort((a, b) => (b.time || 0) - (a.time || 0) || a.order - b.order)
    .map(({ article }) => ({
      key: getArticleKey(article.id),
      title: article.title,
      summary: article.summary,
      categories: article.categories,
    }));
}

/**
 * Records what a feed shows now and creates the run announcing what it did not show before;
 * returns the run's id, or null when there is nothing to send.
 */
export function announceNewArticles(
  store: PushStore,
  feedId: string,
  feed: ParsedFeed,
  now: number,
): Promise<number | null> {
  return store.recordArticles(feedId, toPushArticles(feed), now);
}
