import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countArticles,
  getArticle,
  putArticleState,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import {
  countUnsavedArticles,
  deleteUnsavedArticles,
  evictOldestArticles,
  evictUnsavedArticles,
} from '../../../src/storage/eviction';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const key = getArticleKey;

describe('eviction', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    // a1 is the oldest, a10 the newest.
    const articles = Array.from({ length: 10 }, (_, i) =>
      makeFeedArticle(`a${i + 1}`, { published: march(i + 1) }),
    );
    await putFeedArticles(db, { feedUrl: FEED_URL, articles, meta: {}, now: NOW });
  });
  afterEach(() => db.close());

  it('keeps the newest unsaved articles and deletes the older ones', async () => {
    const evicted = await evictUnsavedArticles(db, { keep: 4 });
    expect(evicted).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map(key));
    expect(await countArticles(db)).toBe(4);
    expect(await getArticle(db, key('a10'))).toBeDefined();
  });

  it('never evicts a saved article, however old', async () => {
    await putArticleState(db, key('a1'), { saved: true }, NOW);
    await putArticleState(db, key('a2'), { saved: true }, NOW);
    const evicted = await evictUnsavedArticles(db, { keep: 0 });
    expect(evicted).toHaveLength(8);
    expect((await getArticle(db, key('a1')))?.saved).toBe(true);
    expect((await getArticle(db, key('a2')))?.saved).toBe(true);
    expect(await countUnsavedArticles(db)).toBe(0);
  });

  it('counts a saved article toward the limit no more once unsaved', async () => {
    await putArticleState(db, key('a1'), { saved: true }, NOW);
    await evictUnsavedArticles(db, { keep: 3 });
    expect(await countArticles(db)).toBe(4);
    await putArticleState(db, key('a1'), { saved: false }, NOW);
    expect(await evictUnsavedArticles(db, { keep: 3 })).toEqual([key('a1')]);
  });

  it('does nothing while the store holds fewer than the limit', async () => {
    expect(await evictUnsavedArticles(db, { keep: 500 })).toEqual([]);
    expect(await countArticles(db)).toBe(10);
  });

  it('takes the oldest articles for room, skipping those about to be stored again', async () => {
    const eviction = await evictOldestArticles(db, {
      count: 2,
      except: new Set([key('a1')]),
    });
    expect(eviction.keys).toEqual([key('a2'), key('a3')]);
    expect(await getArticle(db, key('a1'))).toBeDefined();
  });

  it('puts evicted articles back with their state on restore', async () => {
    await putArticleState(db, key('a2'), { read: true }, NOW);
    const eviction = await evictOldestArticles(db, { count: 3, except: new Set() });
    expect(await countArticles(db)).toBe(7);
    await eviction.restore();
    expect(await countArticles(db)).toBe(10);
    expect((await getArticle(db, key('a2')))?.read).toBe(true);
    expect(await evictUnsavedArticles(db, { keep: 9 })).toEqual([key('a1')]);
  });

  const storeAgain = () =>
    putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: Array.from({ length: 10 }, (_, i) =>
        makeFeedArticle(`a${i + 1}`, { published: march(i + 1) }),
      ),
      meta: {},
      now: NOW,
    });

  it('does not store again what it evicted beyond the limit while the feed lists it', async () => {
    await evictUnsavedArticles(db, { keep: 4 });
    expect(await storeAgain()).toMatchObject({ added: 0, addedKeys: [] });
    expect(await countArticles(db)).toBe(4);
  });

  it('does not store again what it evicted for room', async () => {
    await evictOldestArticles(db, { count: 2, except: new Set() });
    expect(await storeAgain()).toMatchObject({ added: 0 });
    expect(await getArticle(db, key('a1'))).toBeUndefined();
  });

  it('stores again what it evicted for room and then put back', async () => {
    const eviction = await evictOldestArticles(db, { count: 2, except: new Set() });
    await eviction.restore();
    await deleteUnsavedArticles(db);
    expect(await storeAgain()).toMatchObject({ added: 10 });
  });

  it('stores again, after «Очистити кеш», every article the feed still lists', async () => {
    expect(await deleteUnsavedArticles(db)).toHaveLength(10);
    expect(await countArticles(db)).toBe(0);
    expect(await storeAgain()).toMatchObject({ added: 10 });
  });

  it('forgets an evicted article once its feed no longer lists it', async () => {
    await evictUnsavedArticles(db, { keep: 9 });
    await putFeedArticles(db, { feedUrl: FEED_URL, articles: [], meta: {}, now: NOW });
    await deleteUnsavedArticles(db);
    expect(await storeAgain()).toMatchObject({ added: 10 });
  });
});
