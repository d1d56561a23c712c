import type { ContentMessage } from '../core/messages';
import { getArticle, listArticles, type VistkyDatabase } from '../storage';
import {
  toSearchDocument,
  type SearchableArticle,
  type SearchDocument,
} from '../search/search-document';
import {
  createSearchIndex,
  putDocuments,
  removeDocuments,
  type SearchIndex,
} from '../search/search-index';
import { searchDocuments, type SearchResults } from '../search/search-query';

// Articles read per transaction while building: bounded memory, short transactions.
const BUILD_PAGE = 250;

/** The search index of one context, built from storage on first use and kept in step with it. */
export interface IndexKeeper {
  search: (query: string, limit: number) => Promise<SearchResults>;
  /** Applies what a content message says changed; true when results may have changed. */
  apply: (message: ContentMessage) => Promise<boolean>;
  /**
   * Indexes these articles, from now on instead of storage's: a page without a database sends
   * its own after every change. True when results may have changed (an index was built before).
   */
  useArticles: (articles: SearchableArticle[]) => boolean;
}

async function buildIndex(db: VistkyDatabase): Promise<SearchIndex> {
  const documents: SearchDocument[] = [];
  let after: string | undefined;
  do {
    const page = await listArticles(db, { limit: BUILD_PAGE, after });
    for (const article of page.articles) documents.push(toSearchDocument(article));
    after = page.next ?? undefined;
  } while (after !== undefined);
  return createSearchIndex(documents);
}

/**
 * Keeps an index over the stored articles. It is built from IndexedDB, never persisted, so a new
 * app version (a new normaliser, a new stemmer) always searches an index built by its own code.
 */
export function createIndexKeeper(getDatabase: () => Promise<VistkyDatabase>): IndexKeeper {
  let building: Promise<SearchIndex> | null = null;
  let isFedByPage = false;
  // Updates run one after another, so two refreshes never interleave their reads and writes.
  let updates: Promise<unknown> = Promise.resolve();
  const load = () =>
    (building ??= getDatabase()
      .then(buildIndex)
      .catch((error: unknown) => {
        building = null;
        throw error;
      }));

  const update = async (message: ContentMessage): Promise<boolean> => {
    // Not built yet: the build will read the current store anyway. Fed by the page: the page
    // sends its articles again itself, and what other pages announce is no part of them.
    if (!building || isFedByPage) return false;
    const index = await load();
    if (message.type === 'articles-removed') {
      removeDocuments(index, message.keys);
      return message.keys.length > 0;
    }
    if (message.type !== 'content-updated') return false;
    const { addedKeys, updatedKeys, evictedKeys } = message.result;
    removeDocuments(index, evictedKeys);
    const db = await getDatabase();
    const articles = await Promise.all(
      [...addedKeys, ...updatedKeys].map((key) => getArticle(db, key)),
    );
    putDocuments(
      index,
      articles.flatMap((article) => (article ? [toSearchDocument(article)] : [])),
    );
    return addedKeys.length + updatedKeys.length + evictedKeys.length > 0;
  };

  return {
    search: async (query, limit) => searchDocuments(await load(), query, limit),
    apply: (message) => {
      const done = updates.then(() =>
        update(message).catch(() => {
          // A delta that could not be applied: rebuild from storage on the next search.
          building = null;
          return true;
        }),
      );
      updates = done;
      return done;
    },
    useArticles: (articles) => {
      const wasBuilt = building !== null;
      isFedByPage = true;
      building = Promise.resolve(createSearchIndex(articles.map(toSearchDocument)));
      return wasBuilt;
    },
  };
}
