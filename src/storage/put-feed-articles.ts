import { getArticleKey } from '../core/ids';
import type { FeedArticle } from '../core/types';
import {
  hasContentChanged,
  INITIAL_STATE,
  normalizeFeedArticle,
  toArticleRecord,
} from './article-record';
import { mergeFeedMeta, type FeedMetaPatch } from './feeds';
import { STORE, type ArticleRecord, type VistkyDatabase } from './schema';
import { runBatch, runWrite } from './transaction';

/** What one batch of feed items did to the store. */
export interface PutFeedArticlesResult {
  added: number;
  /** Stored articles whose content actually changed. */
  updated: number;
  /** Keys of the added articles, newest first. */
  addedKeys: string[];
}

/**
 * Stores a feed's items and its meta in ONE transaction: each item keeps the reader's state
 * (read, saved) and its firstSeen, and takes the new content. Tabs and the service worker can
 * call it at once: IndexedDB runs overlapping readwrite transactions one after another, so the
 * read-modify-write below never interleaves, never duplicates and never loses a flag.
 */
export function putFeedArticles(
  db: VistkyDatabase,
  input: { feedUrl: string; articles: FeedArticle[]; meta: FeedMetaPatch; now: Date },
): Promise<PutFeedArticlesResult> {
  // One item per key; the parser already lets a later duplicate replace an earlier one.
  const byKey = new Map<string, FeedArticle>();
  for (const article of input.articles) byKey.set(getArticleKey(article.id), article);
  const keys = [...byKey.keys()];
  return runWrite(db, [STORE.articles, STORE.feeds], async (tx) => {
    const store = tx.objectStore(STORE.articles);
    // All reads are queued at once (a transaction runs its requests in order), not one per await.
    const storedRecords = await runBatch(keys, (key) => store.get(key));
    const added: ArticleRecord[] = [];
    const changed: ArticleRecord[] = [];
    keys.forEach((key, position) => {
      const content = normalizeFeedArticle(byKey.get(key)!);
      const stored = storedRecords[position];
      if (stored === undefined) {
        // Feeds list newest first: a millisecond per position keeps undated items in feed order.
        const firstSeen = new Date(input.now.getTime() - position).toISOString();
        added.push(toArticleRecord(content, input.feedUrl, INITIAL_STATE, firstSeen));
      } else if (hasContentChanged(stored, content)) {
        changed.push(toArticleRecord(content, input.feedUrl, stored, stored.firstSeen));
      }
    });
    await runBatch([...added, ...changed], (record) => store.put(record));
    const feeds = tx.objectStore(STORE.feeds);
    await feeds.put(mergeFeedMeta(input.feedUrl, await feeds.get(input.feedUrl), input.meta));
    const addedKeys = added
      .sort((a, b) => (a.dateKey < b.dateKey ? 1 : -1))
      .map((record) => record.key);
    return { added: added.length, updated: changed.length, addedKeys };
  });
}
