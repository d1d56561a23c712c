import type { SearchableArticle } from './search-document';
import type { SearchResults } from './search-query';

/**
 * What a page asks the search worker: a search, or to index the page's own articles instead of
 * the database's (a page without one keeps them in memory, which the worker cannot read).
 */
export type SearchRequest =
  | { type: 'search'; id: number; query: string; limit: number }
  | { type: 'use-articles'; articles: SearchableArticle[] };

/**
 * What the search worker answers: results for a request, a failure, or word that the index
 * changed (articles stored or removed), so results on screen should be asked for again.
 */
export type SearchReply =
  | { type: 'results'; id: number; results: SearchResults }
  | { type: 'failed'; id: number; message: string }
  | { type: 'index-changed' };
