import { htmlToText } from '../core/html-text';
import type { Article } from '../core/types';

/** What the index keeps of an article: enough to find it, rank it and show a snippet. */
export interface SearchDocument {
  key: string;
  title: string;
  /** The body as plain text (NFC), the source of snippets. */
  text: string;
  /** ISO date for recency: published, else updated, else first seen. */
  date: string;
  category: string | null;
}

/** What of an article the index reads. */
export type SearchableArticle = Pick<
  Article,
  'key' | 'title' | 'contentHtml' | 'summary' | 'published' | 'updated' | 'firstSeen' | 'categories'
>;

/** Turns a stored article into the document the search index keeps. */
export function toSearchDocument(article: SearchableArticle): SearchDocument {
  const body = htmlToText(article.contentHtml) || article.summary;
  return {
    key: article.key,
    // NFC once here, so that highlight positions found in the text are positions in what is shown.
    title: article.title.normalize('NFC'),
    text: body.normalize('NFC'),
    date: article.published ?? article.updated ?? article.firstSeen,
    category: article.categories[0] ?? null,
  };
}
