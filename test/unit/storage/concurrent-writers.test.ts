import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countArticles,
  getArticle,
  openDatabase,
  putArticleState,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');

describe('two tabs and the service worker writing at once', () => {
  let tabA: VistkyDatabase;
  let tabB: VistkyDatabase;
  let worker: VistkyDatabase;

  beforeEach(async () => {
    tabA = await openTestDatabase();
    tabB = await openDatabase();
    worker = await openDatabase();
    await putFeedArticles(tabA, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a')],
      meta: {},
      now: NOW,
    });
    return () => [tabA, tabB, worker].forEach((db) => db.close());
  });

  const refreshFrom = (db: VistkyDatabase, title: string) =>
    putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a', { title }), makeFeedArticle('b'), makeFeedArticle('c')],
      meta: { etag: `"${title}"` },
      now: NOW,
    });

  it('stores each new article once and counts it as added once', async () => {
    const [fromA, fromWorker] = await Promise.all([
      refreshFrom(tabA, 'з вкладки'),
      refreshFrom(worker, 'з воркера'),
      putArticleState(tabB, getArticleKey('a'), { read: true, saved: true }, NOW),
    ]);
    expect(await countArticles(tabA)).toBe(3);
    expect(fromA.added + fromWorker.added).toBe(2);
  });

  it('keeps a save made while both refreshes rewrite the article', async () => {
    await Promise.all([
      refreshFrom(tabA, 'з вкладки'),
      putArticleState(tabB, getArticleKey('a'), { read: true, saved: true }, NOW),
      refreshFrom(worker, 'з воркера'),
    ]);
    expect(await getArticle(tabA, getArticleKey('a'))).toMatchObject({
      title: 'з воркера',
      read: true,
      saved: true,
      savedAt: NOW.toISOString(),
    });
  });
});
