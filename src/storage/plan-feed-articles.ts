import { getArticleKey } from '../core/ids';
import type { FeedArticle } from '../core/types';
import { normalizeFeedArticle } from '../core/normalize-article';
import { hasContentChanged, INITIAL_STATE, toArticleRecord } from './article-record';
import type { ArticleRecord } from './schema';

/** What one batch of feed items did to the store. */
export interface PutFeedArticlesResult {
  added: number;
  /** Stored articles whose content actually changed. */
  updated: number;
  /** Keys of the added articles, newest first. */
  addedKeys: string[];
  /** Keys of the stored articles whose content changed. */
  updatedKeys: string[];
}

/** The records a batch of feed items writes: the new ones and the changed ones. */
export interface FeedArticlesPlan {
  added: ArticleRecord[];
  changed: ArticleRecord[];
}

/** The feed's items by key; a later duplicate replaces an earlier one, as in the parser. */
export function keyFeedArticles(articles: FeedArticle[]): Map<string, FeedArticle> {
  const byKey = new Map<string, FeedArticle>();
  for (const article of articles) byKey.set(getArticleKey(article.id), article);
  return byKey;
}

/**
 * Decides what storing the items does, given what is stored under each key (same order): a new
 * item gets a fresh record, a changed one keeps the reader's state and firstSeen, an unchanged
 * one is not written, nor one `evicted` before. Shared by the database and the in-memory store.
 */
export function planFeedArticles(
  byKey: Map<string, FeedArticle>,
  stored: (ArticleRecord | undefined)[],
  feedUrl: string,
  now: Date,
  evicted: ReadonlySet<string> = new Set(),
): FeedArticlesPlan {
  const added: ArticleRecord[] = [];
  const changed: ArticleRecord[] = [];
  [...byKey].forEach(([key, article], position) => {
    const content = normalizeFeedArticle(article);
    const record = stored[position];
    if (record === undefined) {
      if (evicted.has(key)) return;
      // Feeds list newest first: a millisecond per position keeps undated items in feed order.
      const firstSeen = new Date(now.getTime() - position).toISOString();
      added.push(toArticleRecord(content, feedUrl, INITIAL_STATE, firstSeen));
    } else if (hasContentChanged(record, content)) {
      changed.push(toArticleRecord(content, feedUrl, record, record.firstSeen));
    }
  });
  return { added, changed };
}

/** What a carried-out plan reports to the refresh. */
export function toPutResult({ added, changed }: FeedArticlesPlan): PutFeedArticlesResult {
  const addedKeys = [...added]
    .sort((a, b) => (a.dateKey < b.dateKey ? 1 : -1))
    .map((record) => record.key);
  const updatedKeys = changed.map((record) => record.key);
  return { added: added.length, updated: changed.length, addedKeys, updatedKeys };
}
