import { createMemoryStore } from '../storage';
import { now, type ContentSource } from './content-source';

/**
 * The content source of a page whose browser refuses IndexedDB: articles live in this page's
 * memory, and the refresh always runs here, since no worker can write into that memory.
 */
export function createMemorySource(): ContentSource {
  const store = createMemoryStore();
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
