import type { FeedArticle } from '../core/types';

/**
 * Keeps one article per id: the later occurrence wins and keeps its place in the order. Returns
 * the kept articles and how many were dropped.
 */
export function dedupeArticles(articles: FeedArticle[]): {
  articles: FeedArticle[];
  dropped: number;
} {
  const lastIndex = new Map<string, number>();
  articles.forEach((article, index) => lastIndex.set(article.id, index));
  const kept = articles.filter((article, index) => lastIndex.get(article.id) === index);
  return { articles: kept, dropped: articles.length - kept.length };
}
