import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import type { FeedArticle } from '../../../src/core/types';
import {
  countSavedArticles,
  countUnreadArticles,
  createMemoryStore,
  getArticle,
  getSetting,
  listArticles,
  listCategories,
  listSavedArticles,
  markAllArticlesRead,
  putArticleState,
  putSetting,
  toFeedStore,
  type MemoryStore,
  type VistkyDatabase,
} from '../../../src/storage';
import { deleteUnsavedArticles } from '../../../src/storage/eviction';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const at = (minute: number) => new Date(NOW.getTime() + minute * 60_000);
const key = getArticleKey;

/** Three refreshes: new items, an undated one, a changed title, a duplicate, new categories. */
const REFRESHES: FeedArticle[][] = [
  [
    makeFeedArticle('a', { published: march(1), categories: ['ЖКГ'] }),
    makeFeedArticle('b', { published: march(3), categories: ['Культура'] }),
  ],
  [
    makeFeedArticle('c', { published: null }),
    makeFeedArticle('a', { published: march(1), title: 'Оновлено', categories: ['ЖКГ'] }),
    makeFeedArticle('d', { published: march(2), categories: ['ЖКГ', 'Оголошення'] }),
  ],
  [makeFeedArticle('b', { published: march(3), categories: ['Культура'] }), makeFeedArticle('e')],
];

/** The database behind the memory store's interface, so one scenario runs on both. */
function toDatabaseStore(db: VistkyDatabase): MemoryStore {
  return {
    ...toFeedStore(db),
    listArticles: (options) => listArticles(db, options),
    listSavedArticles: (options) => listSavedArticles(db, options),
    countSavedArticles: () => countSavedArticles(db),
    getArticle: (articleKey) => getArticle(db, articleKey),
    listCategories: () => listCategories(db),
    countUnreadArticles: () => countUnreadArticles(db),
    putArticleState: (articleKey, patch, now) => putArticleState(db, articleKey, patch, now),
    markAllArticlesRead: (options) => markAllArticlesRead(db, options),
    deleteUnsavedArticles: () => deleteUnsavedArticles(db),
    getSetting: (name) => getSetting(db, name),
    putSetting: (name, value) => putSetting(db, name, value),
  };
}

async function fill(store: MemoryStore) {
  const results = [];
  for (const [i, articles] of REFRESHES.entries()) {
    const now = at(i);
    results.push(
      await store.putFeedArticles({ feedUrl: FEED_URL, articles, meta: { etag: `"${i}"` }, now }),
    );
  }
  return results;
}

/** Every page of a list, as ids, following `next`. */
async function readAllPages(
  list: (after?: string) => Promise<{ articles: { id: string }[]; next: string | null }>,
) {
  const ids: string[][] = [];
  let after: string | undefined;
  do {
    const page = await list(after);
    ids.push(page.articles.map((article) => article.id));
    after = page.next ?? undefined;
  } while (after !== undefined);
  return ids;
}

/** Saves three articles, unsaves one of them and reads two. */
async function keepSome(store: MemoryStore) {
  await store.putArticleState(key('a'), { saved: true }, at(10));
  await store.putArticleState(key('d'), { saved: true, read: true }, at(11));
  await store.putArticleState(key('b'), { saved: true }, at(12));
  await store.putArticleState(key('b'), { saved: false }, at(13));
  await store.putArticleState(key('c'), { read: true }, at(14));
}

describe('the in-memory store, beside the database', () => {
  let memory: MemoryStore;
  let database: MemoryStore;
  const both = async <T>(run: (store: MemoryStore) => Promise<T>) => ({
    memory: await run(memory),
    database: await run(database),
  });
  const expectAlike = async <T>(run: (store: MemoryStore) => Promise<T>) => {
    const results = await both(run);
    expect(results.memory).toEqual(results.database);
    return results.memory;
  };

  beforeEach(async () => {
    const db = await openTestDatabase();
    memory = createMemoryStore();
    database = toDatabaseStore(db);
    return () => db.close();
  });

  it('reports the same additions and updates for the same refreshes', async () => {
    await expectAlike(fill);
  });

  it('pages the same articles in the same order', async () => {
    await both(fill);
    for (const category of [undefined, 'ЖКГ']) {
      await expectAlike((store) =>
        readAllPages((after) => store.listArticles({ category, limit: 2, after })),
      );
    }
  });

  it('holds the same article and feed meta', async () => {
    await both(fill);
    const [first] = (await database.listArticles({ limit: 1 })).articles;
    await expectAlike((store) => store.getArticle(first!.key));
    await expectAlike((store) => store.getFeedMeta(FEED_URL));
  });

  it('lists the same sections with their counts, most used first', async () => {
    await both(fill);
    expect(await expectAlike((store) => store.listCategories())).toEqual([
      { name: 'ЖКГ', count: 2 },
      { name: 'Культура', count: 1 },
      { name: 'Оголошення', count: 1 },
    ]);
  });

  it('saves and unsaves alike, and lists the saved ones most recently saved first', async () => {
    await both(fill);
    await expectAlike(keepSome);
    expect(
      await expectAlike((store) =>
        readAllPages((after) => store.listSavedArticles({ limit: 1, after })),
      ),
    ).toEqual([['d'], ['a']]);
    expect(await expectAlike((store) => store.countSavedArticles())).toBe(2);
    await expectAlike((store) => store.getArticle(key('b')));
  });

  it('counts unread articles alike as they are read, one at a time or a section at once', async () => {
    await both(fill);
    await expectAlike(keepSome);
    expect(await expectAlike((store) => store.countUnreadArticles())).toEqual({
      total: 3,
      byCategory: { ЖКГ: 1, Культура: 1 },
    });
    const section = await both((store) => store.markAllArticlesRead({ category: 'ЖКГ' }));
    expect(section.memory.sort()).toEqual(section.database.sort());
    await expectAlike((store) => store.countUnreadArticles());
    const rest = await both((store) => store.markAllArticlesRead({}));
    expect(rest.memory.sort()).toEqual(rest.database.sort());
    expect(await expectAlike((store) => store.countUnreadArticles())).toEqual({
      total: 0,
      byCategory: {},
    });
    // Marking read keeps what was saved, and when.
    await expectAlike((store) => store.getArticle(key('a')));
  });

  it('answers undefined for the state of an article it does not hold', async () => {
    await both(fill);
    expect(
      await expectAlike((store) => store.putArticleState('missing', { read: true }, NOW)),
    ).toBe(undefined);
  });

  it('deletes the unsaved articles oldest first and keeps the saved ones', async () => {
    await both(fill);
    await expectAlike(keepSome);
    expect(await expectAlike((store) => store.deleteUnsavedArticles())).toHaveLength(3);
    await expectAlike((store) => readAllPages((after) => store.listArticles({ limit: 5, after })));
    expect(await expectAlike((store) => store.listCategories())).toEqual([
      { name: 'ЖКГ', count: 2 },
      { name: 'Оголошення', count: 1 },
    ]);
  });

  it('keeps settings as plain data and hands out copies', async () => {
    expect(await expectAlike((store) => store.getSetting('topics'))).toBe(undefined);
    await both((store) => store.putSetting('topics', ['вода', 'тепло']));
    const topics = await expectAlike((store) => store.getSetting('topics'));
    (topics as string[]).push('змінено');
    expect(await memory.getSetting('topics')).toEqual(['вода', 'тепло']);
  });
});
