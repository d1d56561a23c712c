import type { Article, FeedMeta } from '../core/types';
import type { ArticleCursor, ArticlePage } from './articles';
import { toArticle } from './to-article';
import type { FeedStore } from './feed-store';
import { mergeFeedMeta } from './feeds';
import { keyFeedArticles, planFeedArticles, toPutResult } from './plan-feed-articles';
import type { ArticleRecord } from './schema';

/**
 * The repository over plain memory, for a page whose browser keeps no database (IndexedDB
 * missing, refused or broken): the same refresh fills it and the same kind of pages come out,
 * in the same order, but nothing outlives the page.
 */
export interface MemoryStore extends FeedStore {
  listArticles(options: { category?: string; limit: number; after?: ArticleCursor }): ArticlePage;
  getArticle(key: string): Article | undefined;
}

/** An empty MemoryStore. */
export function createMemoryStore(): MemoryStore {
  const articles = new Map<string, ArticleRecord>();
  const feeds = new Map<string, FeedMeta>();
  return {
    getFeedMeta: async (url) => feeds.get(url),
    putFeedMeta: async (url, patch) => {
      const meta = mergeFeedMeta(url, feeds.get(url), patch);
      feeds.set(url, meta);
      return meta;
    },
    putFeedArticles: async (input) => {
      const byKey = keyFeedArticles(input.articles);
      const stored = [...byKey.keys()].map((key) => articles.get(key));
      const plan = planFeedArticles(byKey, stored, input.feedUrl, input.now);
      for (const record of [...plan.added, ...plan.changed]) articles.set(record.key, record);
      feeds.set(input.feedUrl, mergeFeedMeta(input.feedUrl, feeds.get(input.feedUrl), input.meta));
      // Memory lives as long as the page and holds one feed: nothing to evict.
      return { ...toPutResult(plan), evictedKeys: [] };
    },
    listArticles: ({ category, limit, after }) => {
      // Newest first by the same dateKey the database's index sorts on; it is also the cursor.
      const matching = [...articles.values()]
        .filter((record) => category === undefined || record.categories.includes(category))
        .filter((record) => after === undefined || record.dateKey < after)
        .sort((a, b) => (a.dateKey < b.dateKey ? 1 : -1));
      const page = matching.slice(0, Math.max(1, limit));
      const hasMore = matching.length > page.length;
      return { articles: page.map(toArticle), next: hasMore ? page.at(-1)!.dateKey : null };
    },
    getArticle: (key) => {
      const record = articles.get(key);
      return record && toArticle(record);
    },
  };
}
