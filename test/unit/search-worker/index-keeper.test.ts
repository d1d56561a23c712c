import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import { refreshResult } from '../fixtures/refresh-result';
import { createIndexKeeper, type IndexKeeper } from '../../../src/search-worker/index-keeper';
import { putFeedArticles, type VistkyDatabase } from '../../../src/storage';
import { evictUnsavedArticles } from '../../../src/storage/eviction';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from '../storage/test-database';

const NOW = new Date('2026-03-20T12:00:00.000Z');

describe('the search index keeper', () => {
  let db: VistkyDatabase;
  let keeper: IndexKeeper;
  const keys = async (query: string) => (await keeper.search(query, 10)).hits.map((hit) => hit.key);
  const store = (id: string, title: string, contentHtml = '<p>Текст</p>') =>
    putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle(id, { title, contentHtml, published: march(5) })],
      meta: {},
      now: NOW,
    });

  beforeEach(async () => {
    db = await openTestDatabase();
    await store('water', 'Графік подачі води', '<p>Водопостачання відновлять увечері.</p>');
    keeper = createIndexKeeper(async () => db);
  });
  afterEach(() => db.close());

  it('builds the index from every stored article on the first search', async () => {
    expect(await keys('водопостачання')).toEqual([getArticleKey('water')]);
  });

  it('adds articles a refresh stored', async () => {
    await keys('вода');
    const { addedKeys } = await store('heat', 'Опалення вимкнуть');
    expect(
      await keeper.apply({
        type: 'content-updated',
        feedUrl: FEED_URL,
        result: refreshResult({ addedKeys }),
      }),
    ).toBe(true);
    expect(await keys('опалення')).toEqual([getArticleKey('heat')]);
  });

  it('re-reads articles whose content changed', async () => {
    await keys('вода');
    const { updatedKeys } = await store('water', 'Графік подачі тепла');
    await keeper.apply({
      type: 'content-updated',
      feedUrl: FEED_URL,
      result: refreshResult({ updatedKeys }),
    });
    expect(await keys('тепла')).toEqual([getArticleKey('water')]);
    expect(await keys('води')).toEqual([]);
  });

  it('drops evicted articles', async () => {
    await keys('вода');
    const evictedKeys = await evictUnsavedArticles(db, { keep: 0 });
    const result = refreshResult({ evictedKeys });
    await keeper.apply({ type: 'content-updated', feedUrl: FEED_URL, result });
    expect(await keys('води')).toEqual([]);
  });

  it('drops articles the resident cleared', async () => {
    await keys('вода');
    await keeper.apply({ type: 'articles-removed', keys: [getArticleKey('water')] });
    expect(await keys('води')).toEqual([]);
  });

  it('ignores changes before the first search, which reads the store anyway', async () => {
    const { addedKeys } = await store('heat', 'Опалення вимкнуть');
    expect(
      await keeper.apply({
        type: 'content-updated',
        feedUrl: FEED_URL,
        result: refreshResult({ addedKeys }),
      }),
    ).toBe(false);
    expect(await keys('опалення')).toEqual([getArticleKey('heat')]);
  });

  describe('fed by a page without a database', () => {
    const article = (id: string, title: string) => ({
      ...makeFeedArticle(id, { title, published: march(6) }),
      key: getArticleKey(id),
      firstSeen: NOW.toISOString(),
    });

    it('searches the page’s articles, never the database', async () => {
      let reads = 0;
      keeper = createIndexKeeper(async () => {
        reads += 1;
        return db;
      });
      expect(keeper.useArticles([article('bus', 'Новий маршрут автобуса')])).toBe(false);
      expect(await keys('автобус')).toEqual([getArticleKey('bus')]);
      expect(await keys('водопостачання')).toEqual([]);
      expect(reads).toBe(0);
    });

    it('replaces them with the next set the page sends, and says results may have changed', async () => {
      keeper.useArticles([article('bus', 'Новий маршрут автобуса')]);
      await keys('автобус');
      expect(keeper.useArticles([article('tram', 'Трамвай їздитиме частіше')])).toBe(true);
      expect(await keys('автобус')).toEqual([]);
      expect(await keys('трамвай')).toEqual([getArticleKey('tram')]);
    });

    it('leaves what other pages announce of the database aside', async () => {
      keeper.useArticles([article('bus', 'Новий маршрут автобуса')]);
      await keys('автобус');
      const { addedKeys } = await store('heat', 'Опалення вимкнуть');
      const result = refreshResult({ addedKeys });
      expect(await keeper.apply({ type: 'content-updated', feedUrl: FEED_URL, result })).toBe(
        false,
      );
      expect(await keeper.apply({ type: 'articles-removed', keys: [getArticleKey('bus')] })).toBe(
        false,
      );
      expect(await keys('опалення')).toEqual([]);
      expect(await keys('автобус')).toEqual([getArticleKey('bus')]);
    });
  });
});
