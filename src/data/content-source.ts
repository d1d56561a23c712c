import type { Article, ArticleState, FeedMeta, RefreshResult } from '../core/types';
import {
  countUnreadArticles,
  DatabaseOutdatedError,
  getArticle,
  getFeedMeta,
  getSetting,
  listArticles,
  listCategories,
  putSetting,
  type ArticleCursor,
  type ArticlePage,
  type CategoryCount,
  type FeedMetaPatch,
  type JsonValue,
  type UnreadCounts,
} from '../storage';
import { getDatabase, setStorageStatus, withDatabase } from './database';

/** Hands a refresh to a worker: the service worker, or the page's own when none controls it. */
export type WorkerRefresh = (feedUrl: string) => Promise<RefreshResult>;

/** Which page of a list to read. */
export interface PageOptions {
  limit: number;
  after?: ArticleCursor;
}

/** Which page of which list to read. */
export interface ListOptions extends PageOptions {
  category?: string;
}

/**
 * What no first screen needs (the saved list, the reader's marks, clearing), so it loads with
 * the first use of any of it and the list's first load stays lighter.
 */
export interface DeferredContent {
  listSavedArticles(options: PageOptions): Promise<ArticlePage>;
  countSavedArticles(): Promise<number>;
  putArticleState(
    key: string,
    patch: Partial<ArticleState>,
    now: Date,
  ): Promise<Article | undefined>;
  markAllArticlesRead(options: { category?: string }): Promise<string[]>;
  /** Removes every unsaved article and tells whoever reads the same store. */
  deleteUnsavedArticles(): Promise<string[]>;
  putFeedMeta(url: string, patch: FeedMetaPatch): Promise<FeedMeta>;
}

/**
 * Where every read and write of the page goes: the database, or memory without one. The only
 * road to storage, so each screen works alike in both.
 */
export interface ContentSource {
  listArticles(options: ListOptions): Promise<ArticlePage>;
  getArticle(key: string): Promise<Article | undefined>;
  listCategories(): Promise<CategoryCount[]>;
  countUnreadArticles(): Promise<UnreadCounts>;
  getFeedMeta(feedUrl: string): Promise<FeedMeta | undefined>;
  getSetting(key: string): Promise<JsonValue | undefined>;
  putSetting(key: string, value: JsonValue): Promise<void>;
  loadDeferred(): Promise<DeferredContent>;
  refresh(feedUrl: string, viaWorker: WorkerRefresh): Promise<RefreshResult>;
  /**
   * Memory only: calls `listener` with every article now and after each change, for the search
   * worker, which cannot read this page's memory; resolves with the way to stop.
   */
  watchArticles?(listener: (articles: Article[]) => void): Promise<() => void>;
}

// The refresh runs in a worker, so the parser never enters this page's bytes or thread.
const databaseSource: ContentSource = {
  listArticles: withDatabase(listArticles),
  getArticle: withDatabase(getArticle),
  listCategories: withDatabase(listCategories),
  countUnreadArticles: withDatabase(countUnreadArticles),
  getFeedMeta: withDatabase(getFeedMeta),
  getSetting: withDatabase(getSetting),
  putSetting: withDatabase(putSetting),
  loadDeferred: () => import('./database-deferred'),
  refresh: (feedUrl, viaWorker) => viaWorker(feedUrl),
};

let source: Promise<ContentSource> | null = null;

/**
 * The page's content source, decided on first use: the database when it opens, else memory, so
 * a browser that refuses IndexedDB (or a database a newer version owns) still reads online.
 */
export function getContentSource(): Promise<ContentSource> {
  source ??= getDatabase().then(
    () => databaseSource,
    async (error: unknown) => {
      setStorageStatus(error instanceof DatabaseOutdatedError ? 'outdated' : 'memory');
      // Loaded only here: most browsers give a database, and the first load stays lighter.
      return (await import('./memory-source')).createMemorySource();
    },
  );
  return source;
}
