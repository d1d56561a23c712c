import type { Article } from '../core/types';
import { createMemoryStore } from '../storage';
import type { ContentSource, DeferredContent } from './content-source';

/**
 * The content source of a page whose browser refuses IndexedDB: articles, their state and the
 * settings live in this page's memory for the session, and the refresh always runs here, since
 * no worker can write into that memory.
 */
export function createMemorySource(now = () => new Date()): ContentSource {
  const store = createMemoryStore();
  const watchers = new Set<(articles: Article[]) => void>();
  const tellWatchers = async () => {
    const { articles } = await store.listArticles({ limit: Infinity });
    for (const watcher of watchers) watcher(articles);
  };
  const deferred: DeferredContent = {
    ...store,
    // Nobody else reads this memory: no other tab hears of it, only this page's search worker.
    deleteUnsavedArticles: async () => {
      const keys = await store.deleteUnsavedArticles();
      if (keys.length > 0) await tellWatchers();
      return keys;
    },
  };
  return {
    ...store,
    loadDeferred: async () => deferred,
    refresh: async (feedUrl) => {
      const { refreshFeedStore } = await import('../refresh/refresh-feed');
      const result = await refreshFeedStore(store, { feedUrl, now });
      if (result.added + result.updated > 0) await tellWatchers();
      return result;
    },
    watchArticles: async (watcher) => {
      watchers.add(watcher);
      watcher((await store.listArticles({ limit: Infinity })).articles);
      return () => watchers.delete(watcher);
    },
  };
}
