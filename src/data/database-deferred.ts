// The database road's DeferredContent, as a module: it loads with the saved list, the first
// save or opened article, or a clearing, never with the list's first screen. Storage's write
// paths are imported directly, not through its index, for the same reason.
import {
  countSavedArticles as countSaved,
  listSavedArticles as listSaved,
  putFeedMeta as putMeta,
} from '../storage';
import {
  markAllArticlesRead as markAllRead,
  putArticleState as putState,
} from '../storage/article-state';
import { deleteUnsavedArticles as deleteUnsaved } from '../storage/eviction';
import { announceRefresh } from '../refresh/announce-refresh';
import { getDatabase, withDatabase } from './database';

/** Saved articles from the database, most recently saved first. */
export const listSavedArticles = withDatabase(listSaved);

/** How many articles the database keeps saved. */
export const countSavedArticles = withDatabase(countSaved);

/** Marks an article read or saved (or not) in the database. */
export const putArticleState = withDatabase(putState);

/** «Позначити все прочитаним» in the database. */
export const markAllArticlesRead = withDatabase(markAllRead);

/** Deletes the unsaved articles from the database and tells whoever else reads it. */
export async function deleteUnsavedArticles(): Promise<string[]> {
  const keys = await deleteUnsaved(await getDatabase());
  // Other tabs and the search worker read the same database: they drop the articles too.
  announceRefresh({ type: 'articles-removed', keys });
  return keys;
}

/** Updates what the database knows of a feed. */
export const putFeedMeta = withDatabase(putMeta);
