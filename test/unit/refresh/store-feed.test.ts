import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import { SETTING_KEYS } from '../../../src/core/setting-keys';
import {
  countArticles,
  getArticle,
  putArticleState,
  putSetting,
  StorageFullError,
  type VistkyDatabase,
} from '../../../src/storage';
import { storeFeed } from '../../../src/refresh/store-feed';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from '../storage/test-database';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const key = getArticleKey;

/** Makes every put of the article `id` throw QuotaExceededError, `times` times. */
function refusePutsOf(id: string, times: number) {
  const original = IDBObjectStore.prototype.put;
  let refused = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const value = args[0] as { key?: string };
    if (value.key === key(id) && refused < times) {
      refused += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  });
}

describe('storing a feed', () => {
  let db: VistkyDatabase;
  const store = (ids: string[]) =>
    storeFeed(db, {
      feedUrl: FEED_URL,
      articles: ids.map((id, i) => makeFeedArticle(id, { published: march(10 + i) })),
      meta: {},
      now: NOW,
    });

  beforeEach(async () => {
    db = await openTestDatabase();
    // old1 is the oldest; all eight are older than what the tests store next.
    const old = Array.from({ length: 8 }, (_, i) => `old${i + 1}`);
    await storeFeed(db, {
      feedUrl: FEED_URL,
      articles: old.map((id, i) => makeFeedArticle(id, { published: march(1 + i) })),
      meta: {},
      now: NOW,
    });
    await putArticleState(db, key('old1'), { saved: true }, NOW);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('evicts the oldest unsaved articles beyond the limit after storing', async () => {
    await putSetting(db, SETTING_KEYS.keepUnsaved, 5);
    const result = await store(['new1', 'new2']);
    expect(result.evictedKeys).toEqual(['old2', 'old3', 'old4', 'old5'].map(key));
    expect(await countArticles(db)).toBe(6);
    expect(await getArticle(db, key('old1'))).toMatchObject({ saved: true });
  });

  it('keeps 500 unsaved articles when no limit was chosen', async () => {
    const result = await store(['new1']);
    expect(result.evictedKeys).toEqual([]);
    expect(await countArticles(db)).toBe(9);
  });

  it('makes room on a full disk by evicting the oldest unsaved articles, then stores', async () => {
    refusePutsOf('new1', 1);
    const result = await store(['new1']);
    expect(result.added).toBe(1);
    // A quarter of the 7 unsaved, rounded up; the saved old1 is not among them.
    expect(result.evictedKeys).toEqual(['old2', 'old3'].map(key));
    expect(await getArticle(db, key('new1'))).toBeDefined();
    expect(await getArticle(db, key('old1'))).toMatchObject({ saved: true });
  });

  it('never evicts an article of the feed being stored to make room for it', async () => {
    refusePutsOf('old2', 1);
    const result = await storeFeed(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('old2', { title: 'Оновлено', published: march(2) })],
      meta: {},
      now: NOW,
    });
    expect(result.evictedKeys).toEqual(['old3', 'old4'].map(key));
    expect(await getArticle(db, key('old2'))).toMatchObject({ title: 'Оновлено' });
  });

  it('reports a full disk and loses nothing when the retry fails too', async () => {
    refusePutsOf('new1', 2);
    await expect(store(['new1'])).rejects.toBeInstanceOf(StorageFullError);
    expect(await countArticles(db)).toBe(8);
    expect(await getArticle(db, key('new1'))).toBeUndefined();
    expect(await getArticle(db, key('old2'))).toBeDefined();
  });
});

describe('storing a feed longer than the keep limit', () => {
  let db: VistkyDatabase;
  const KEEP = 100;
  // item1 is the newest, item150 the oldest, an hour apart.
  const items = Array.from({ length: 150 }, (_, i) =>
    makeFeedArticle(`item${i + 1}`, {
      published: new Date(Date.UTC(2026, 2, 15) - i * 3_600_000).toISOString(),
    }),
  );
  const fresh = makeFeedArticle('fresh', { published: march(16) });
  const store = (articles: typeof items) =>
    storeFeed(db, { feedUrl: FEED_URL, articles, meta: {}, now: NOW });

  beforeEach(async () => {
    db = await openTestDatabase();
    await putSetting(db, SETTING_KEYS.keepUnsaved, KEEP);
  });
  afterEach(() => db.close());

  it('reports as added only the articles it keeps', async () => {
    const result = await store(items);
    expect(result.added).toBe(KEEP);
    expect(result.addedKeys).toEqual(items.slice(0, KEEP).map((item) => key(item.id)));
    expect(result.evictedKeys).toEqual([]);
  });

  it('counts one new article as one, however long the feed', async () => {
    await store(items);
    const result = await store([fresh, ...items]);
    expect(result.added).toBe(1);
    expect(result.addedKeys).toEqual([key('fresh')]);
    expect(result.evictedKeys).toEqual([key('item100')]);
    expect(await countArticles(db)).toBe(KEEP);
  });

  it('never stores again an article it let go, while its feed still lists it', async () => {
    await store(items);
    await store([fresh, ...items]);
    const result = await store([fresh, ...items]);
    expect(result).toMatchObject({ added: 0, addedKeys: [], evictedKeys: [] });
    expect(await getArticle(db, key('item100'))).toBeUndefined();
    expect(await getArticle(db, key('item150'))).toBeUndefined();
  });
});
