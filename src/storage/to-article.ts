import type { Article } from '../core/types';
import type { ArticleRecord } from './schema';

// Apart from article-record.ts (normalisation, used when storing), so that reading the list
// does not load the write path.
/** The core Article of a record, without the index-only fields. */
export function toArticle(record: ArticleRecord): Article {
  // Records are written field by field (toArticleRecord), so what is left is the Article; the
  // rest pattern keeps this, which the first screen loads, short however many fields it has.
  const { dateKey, categoryKeys, savedKey, unreadKeys, unsavedDateKey, ...article } = record;
  return article;
}
