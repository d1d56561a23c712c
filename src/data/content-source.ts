import type { Article, FeedMeta, RefreshResult } from '../core/types';
import {
  createMemoryStore,
  DatabaseOutdatedError,
  getArticle,
  getFeedMeta,
  listArticles,
  type ArticleCursor,
  type ArticlePage,
  type MemoryStore,
} from '../storage';
import { getDatabase, setStorageStatus } from './database';

/** Hands a refresh to the service worker; null when no worker controls the page. */
export type WorkerRefresh = (feedUrl: string) => Promise<RefreshResult> | null;

/** Which page of which list to read. */
export interface ListOptions {
  category?: string;
  limit: number;
  after?: ArticleCursor;
}

/** Where the page's queries read and its refresh writes: the database, or memory without one. */
export interface ContentSource {
  listArticles(options: ListOptions): Promise<ArticlePage>;
  getArticle(key: string): Promise<Article | undefined>;
  getFeedMeta(feedUrl: string): Promise<FeedMeta | undefined>;
  refresh(feedUrl: string, viaWorker: WorkerRefresh): Promise<RefreshResult>;
}

const now = () => new Date();

// The refresh loads the parser only when it runs, so it stays out of the first screen's bytes.
const databaseSource: ContentSource = {
  listArticles: async (options) => listArticles(await getDatabase(), options),
  getArticle: async (key) => getArticle(await getDatabase(), key),
  getFeedMeta: async (feedUrl) => getFeedMeta(await getDatabase(), feedUrl),
  refresh: async (feedUrl, viaWorker) => {
    // In the service worker when one controls the page: parsing and storing run off this thread.
    const delegated = viaWorker(feedUrl);
    if (delegated) return delegated;
    const { refreshAndAnnounce } = await import('../sync/refresh-and-announce');
    return refreshAndAnnounce({ db: await getDatabase(), feedUrl, now });
  },
};

// Always in the page: the worker cannot write into this page's memory.
function createMemorySource(store: MemoryStore): ContentSource {
  return {
    listArticles: async (options) => store.listArticles(options),
    getArticle: async (key) => store.getArticle(key),
    getFeedMeta: (feedUrl) => store.getFeedMeta(feedUrl),
    refresh: async (feedUrl) => {
      const { refreshFeedStore } = await import('../sync/refresh-feed');
      return refreshFeedStore(store, { feedUrl, now });
    },
  };
}

let source: Promise<ContentSource> | null = null;

/**
 * The page's content source, decided on first use: the database when it opens, else memory, so
 * a browser that refuses IndexedDB (or a database a newer version owns) still reads online.
 */
export function getContentSource(): Promise<ContentSource> {
  source ??= getDatabase().then(
    () => databaseSource,
    (error: unknown) => {
      setStorageStatus(error instanceof DatabaseOutdatedError ? 'outdated' : 'memory');
      return createMemorySource(createMemoryStore());
    },
  );
  return source;
}
