import MiniSearch from 'minisearch';
import type { SearchDocument } from './search-document';
import { getIndexTerms } from './terms';
import { tokenize } from '../core/tokenize';

/** The full-text index and the documents it was built from (for snippets and recency). */
export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
}

/** A title word counts this many times a body word: a match in the headline is the better hit. */
export const TITLE_BOOST = 2;

/** Builds an index over `documents` (or an empty one to fill later). */
export function createSearchIndex(documents: Iterable<SearchDocument> = []): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: [],
    tokenize,
    processTerm: getIndexTerms,
    // Queries arrive as trees of finished terms (see search-query.ts): nothing more to process.
    searchOptions: {
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: { title: TITLE_BOOST },
    },
  });
  const index: SearchIndex = { engine, documents: new Map() };
  putDocuments(index, documents);
  return index;
}

/** Adds documents, replacing any already indexed under the same key (an updated article). */
export function putDocuments(index: SearchIndex, documents: Iterable<SearchDocument>): void {
  for (const document of documents) {
    if (index.documents.has(document.key)) index.engine.discard(document.key);
    index.engine.add(document);
    index.documents.set(document.key, document);
  }
}

/** Forgets documents (evicted or cleared articles); unknown keys are ignored. */
export function removeDocuments(index: SearchIndex, keys: Iterable<string>): void {
  for (const key of keys) {
    if (!index.documents.delete(key)) continue;
    index.engine.discard(key);
  }
}
