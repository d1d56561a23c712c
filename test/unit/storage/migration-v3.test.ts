import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countUnreadArticles,
  DB_NAME,
  getArticle,
  listSavedArticles,
  openDatabase,
} from '../../../src/storage';
import { evictUnsavedArticles } from '../../../src/storage/eviction';
import { FEED_URL, march, openDatabaseAtVersion, useFreshIndexedDb } from './test-database';

const SEEN = '2026-03-01T12:00:00.000Z';

/** An article exactly as version 2 stored it: v1 fields plus categoryKeys and savedKey. */
function v2Record(id: string, day: number, categories: string[], read: boolean, saved: boolean) {
  const key = getArticleKey(id);
  const dateKey = `${march(day)}\u0000${key}`;
  return {
    id,
    key,
    feedUrl: FEED_URL,
    url: `https://rada.example/news/${id}`,
    title: `Новина ${id}`,
    summary: '',
    contentHtml: `<p>${id}</p>`,
    published: march(day),
    updated: null,
    author: null,
    categories,
    image: null,
    firstSeen: SEEN,
    read,
    saved,
    savedAt: saved ? march(day, 20) : null,
    dateKey,
    categoryKeys: categories.map((name) => `${name}\u0000${dateKey}`),
    ...(saved ? { savedKey: `${march(day, 20)}\u0000${key}` } : {}),
  };
}

const V2_ARTICLES = [
  v2Record('water', 1, ['ЖКГ'], true, true),
  v2Record('concert', 2, ['Культура'], false, true),
  v2Record('heat', 3, ['ЖКГ', 'Оголошення'], false, false),
  v2Record('session', 4, [], false, false),
  v2Record('budget', 5, ['ЖКГ'], true, false),
];

describe('migration from version 2 to version 3', () => {
  beforeEach(async () => {
    useFreshIndexedDb();
    const v2 = await openDatabaseAtVersion(DB_NAME, 2);
    for (const record of V2_ARTICLES) await v2.put('articles', record);
    await v2.put('settings', { key: 'language', value: 'en' });
    v2.close();
  });

  it('keeps every article with its state', async () => {
    const db = await openDatabase();
    for (const record of V2_ARTICLES) {
      const { dateKey: _d, categoryKeys: _c, ...article } = record;
      delete (article as { savedKey?: string }).savedKey;
      expect(await getArticle(db, record.key)).toEqual({
        ...article,
        attachments: null,
        event: null,
      });
    }
    expect((await listSavedArticles(db, { limit: 10 })).articles).toHaveLength(2);
    db.close();
  });

  it('counts the old unread articles, in all and per category', async () => {
    const db = await openDatabase();
    expect(await countUnreadArticles(db)).toEqual({
      total: 3,
      byCategory: { Культура: 1, ЖКГ: 1, Оголошення: 1 },
    });
    db.close();
  });

  it('lets eviction see the old unsaved articles but not the saved ones', async () => {
    const db = await openDatabase();
    const evicted = await evictUnsavedArticles(db, { keep: 0 });
    expect(evicted.sort()).toEqual(['heat', 'session', 'budget'].map(getArticleKey).sort());
    expect(await getArticle(db, getArticleKey('water'))).toBeDefined();
    expect(await getArticle(db, getArticleKey('concert'))).toBeDefined();
    db.close();
  });
});
