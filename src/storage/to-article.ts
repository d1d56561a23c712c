import type { Article } from '../core/types';
import type { ArticleRecord } from './schema';

// Apart from article-record.ts (normalisation, used when storing), so that reading the list
// does not load the write path.
/** The core Article of a record, without the index-only fields. */
export function toArticle(record: ArticleRecord): Article {
  return {
    key: record.key,
    id: record.id,
    feedUrl: record.feedUrl,
    url: record.url,
    title: record.title,
    summary: record.summary,
    contentHtml: record.contentHtml,
    published: record.published,
    updated: record.updated,
    author: record.author,
    categories: record.categories,
    image: record.image,
    firstSeen: record.firstSeen,
    read: record.read,
    saved: record.saved,
    savedAt: record.savedAt,
  };
}
