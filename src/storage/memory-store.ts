import type { Article, ArticleState, FeedMeta } from '../core/types';
import { patchArticleState, toArticleRecord } from './article-record';
import type { ArticleCursor, ArticlePage, CategoryCount } from './articles';
import { toArticle } from './to-article';
import type { FeedStore } from './feed-store';
import { mergeFeedMeta, type FeedMetaPatch } from './feeds';
import { keyFeedArticles, planFeedArticles, toPutResult } from './plan-feed-articles';
import { ALL_UNREAD, type ArticleRecord, type JsonValue } from './schema';
import type { UnreadCounts } from './unread';

/** Which page of a list to read. */
interface PageOptions {
  limit: number;
  after?: ArticleCursor;
}

/**
 * The repositories over plain memory, for a page whose browser keeps no database (IndexedDB
 * missing, refused or broken): each does what its database twin does (the same refresh fills it,
 * the same pages, counts and state come out, in the same order), but nothing outlives the page.
 */
export interface MemoryStore extends FeedStore {
  listArticles(options: PageOptions & { category?: string }): Promise<ArticlePage>;
  listSavedArticles(options: PageOptions): Promise<ArticlePage>;
  countSavedArticles(): Promise<number>;
  getArticle(key: string): Promise<Article | undefined>;
  listCategories(): Promise<CategoryCount[]>;
  countUnreadArticles(): Promise<UnreadCounts>;
  putArticleState(
    key: string,
    patch: Partial<ArticleState>,
    now: Date,
  ): Promise<Article | undefined>;
  markAllArticlesRead(options: { category?: string }): Promise<string[]>;
  deleteUnsavedArticles(): Promise<string[]>;
  getSetting(key: string): Promise<JsonValue | undefined>;
  putSetting(key: string, value: JsonValue): Promise<void>;
}

/**
 * Newest first by `sortKey`, which is also the cursor, as the database's indexes sort and page;
 * a record without a key is not in the list, as a record without an index field is not in its index.
 */
function listPage(
  records: Iterable<ArticleRecord>,
  sortKey: (record: ArticleRecord) => string | undefined,
  { limit, after }: PageOptions,
): ArticlePage {
  const matching = [...records]
    .flatMap((record) => {
      const key = sortKey(record);
      return key !== undefined && (after === undefined || key < after) ? [{ key, record }] : [];
    })
    .sort((a, b) => (a.key < b.key ? 1 : -1));
  const page = matching.slice(0, Math.max(1, limit));
  const next = matching.length > page.length ? page.at(-1)!.key : null;
  return { articles: page.map((entry) => toArticle(entry.record)), next };
}

/** How many records carry each key of `keys` (a record's repeats count once, as in a multiEntry index). */
function countKeys(records: Iterable<ArticleRecord>, keys: (record: ArticleRecord) => string[]) {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const key of new Set(keys(record))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** An empty MemoryStore. */
export function createMemoryStore(): MemoryStore {
  const articles = new Map<string, ArticleRecord>();
  const feeds = new Map<string, FeedMeta>();
  // Kept as JSON, so a read hands out a copy and only plain data is kept, as in the database.
  const settings = new Map<string, string>();
  const putFeedMeta = async (url: string, patch: FeedMetaPatch) => {
    const meta = mergeFeedMeta(url, feeds.get(url), patch);
    feeds.set(url, meta);
    return meta;
  };
  return {
    getFeedMeta: async (url) => feeds.get(url),
    putFeedMeta,
    putFeedArticles: async (input) => {
      const byKey = keyFeedArticles(input.articles);
      const stored = [...byKey.keys()].map((key) => articles.get(key));
      const plan = planFeedArticles(byKey, stored, input.feedUrl, input.now);
      for (const record of [...plan.added, ...plan.changed]) articles.set(record.key, record);
      await putFeedMeta(input.feedUrl, input.meta);
      // Memory lives as long as the page and holds one feed: nothing to evict.
      return { ...toPutResult(plan), evictedKeys: [] };
    },
    listArticles: async ({ category, ...options }) =>
      listPage(
        articles.values(),
        (record) =>
          category === undefined || record.categories.includes(category)
            ? record.dateKey
            : undefined,
        options,
      ),
    listSavedArticles: async (options) =>
      listPage(articles.values(), (record) => record.savedKey, options),
    countSavedArticles: async () => [...articles.values()].filter((record) => record.saved).length,
    getArticle: async (key) => {
      const record = articles.get(key);
      return record && toArticle(record);
    },
    listCategories: async () =>
      // Most used first, then by name: the order of listCategories in articles.ts.
      [...countKeys(articles.values(), (record) => record.categories)]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'uk')),
    countUnreadArticles: async () => {
      const counts: UnreadCounts = { total: 0, byCategory: {} };
      for (const [key, count] of countKeys(articles.values(), (record) => record.unreadKeys)) {
        if (key === ALL_UNREAD) counts.total = count;
        else counts.byCategory[key] = count;
      }
      return counts;
    },
    putArticleState: async (key, patch, now) => {
      const stored = articles.get(key);
      if (stored === undefined) return undefined;
      const record = patchArticleState(stored, patch, now);
      articles.set(key, record);
      return toArticle(record);
    },
    markAllArticlesRead: async ({ category }) => {
      const unread = [...articles.values()].filter((record) =>
        record.unreadKeys.includes(category ?? ALL_UNREAD),
      );
      for (const stored of unread) {
        const state: ArticleState = { read: true, saved: stored.saved, savedAt: stored.savedAt };
        articles.set(stored.key, toArticleRecord(stored, stored.feedUrl, state, stored.firstSeen));
      }
      return unread.map((record) => record.key);
    },
    deleteUnsavedArticles: async () => {
      // Oldest first, as the database walks its by-unsaved-date index.
      const unsaved = [...articles.values()]
        .filter((record) => !record.saved)
        .sort((a, b) => (a.dateKey < b.dateKey ? -1 : 1));
      for (const record of unsaved) articles.delete(record.key);
      return unsaved.map((record) => record.key);
    },
    getSetting: async (key) => {
      const value = settings.get(key);
      return value === undefined ? undefined : (JSON.parse(value) as JsonValue);
    },
    putSetting: async (key, value) => void settings.set(key, JSON.stringify(value)),
  };
}
