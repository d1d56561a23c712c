import type { Article, FeedMeta, RefreshResult } from '../core/types';
import {
  DatabaseOutdatedError,
  getArticle,
  getFeedMeta,
  listArticles,
  type ArticleCursor,
  type ArticlePage,
} from '../storage';
import { getDatabase, setStorageStatus } from './database';

/** Hands a refresh to a worker: the service worker, or the page's own when none controls it. */
export type WorkerRefresh = (feedUrl: string) => Promise<RefreshResult>;

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

/** The clock of the page's refreshes. */
export const now = () => new Date();

// The refresh runs in a worker, so the parser never enters this page's bytes or thread.
const databaseSource: ContentSource = {
  listArticles: async (options) => listArticles(await getDatabase(), options),
  getArticle: async (key) => getArticle(await getDatabase(), key),
  getFeedMeta: async (feedUrl) => getFeedMeta(await getDatabase(), feedUrl),
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
      const { createMemorySource } = await import('./memory-source');
      return createMemorySource();
    },
  );
  return source;
}
