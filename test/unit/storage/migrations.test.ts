import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  DB_NAME,
  getArticle,
  getFeedMeta,
  getSetting,
  listArticles,
  listCategories,
  listSavedArticles,
  openDatabase,
  putSetting,
} from '../../../src/storage';
import { FEED_URL, march, openVersion1Database, useFreshIndexedDb } from './test-database';

const SEEN = '2026-03-01T12:00:00.000Z';

/** An article exactly as version 1 stored it: the Article fields plus dateKey, nothing else. */
function v1Record(id: string, day: number, categories: string[], read: boolean, saved: boolean) {
  const key = getArticleKey(id);
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
    dateKey: `${march(day)}\u0000${key}`,
  };
}

const V1_ARTICLES = [
  v1Record('water', 1, ['ЖКГ'], true, true),
  v1Record('concert', 2, ['Культура'], false, true),
  v1Record('heat', 3, ['ЖКГ', 'Оголошення'], true, false),
  v1Record('session', 4, [], false, false),
];

describe('migration from version 1 to version 2', () => {
  beforeEach(async () => {
    useFreshIndexedDb();
    const v1 = await openVersion1Database(DB_NAME);
    for (const record of V1_ARTICLES) await v1.put('articles', record);
    await v1.put('feeds', { url: FEED_URL, title: 'Новини', etag: '"v1"', lastError: null });
    v1.close();
  });

  it('keeps every article with its read and saved flags', async () => {
    const db = await openDatabase();
    for (const record of V1_ARTICLES) {
      const { dateKey: _, ...article } = record;
      expect(await getArticle(db, record.key)).toEqual({
        ...article,
        attachments: null,
        event: null,
      });
    }
    db.close();
  });

  it('forgets the feed meta in version 5, so the next refresh reads the feed whole', async () => {
    const db = await openDatabase();
    expect(await getFeedMeta(db, FEED_URL)).toBeUndefined();
    db.close();
  });

  it('indexes the old articles by category, newest first', async () => {
    const db = await openDatabase();
    const page = await listArticles(db, { category: 'ЖКГ', limit: 10 });
    expect(page.articles.map((article) => article.id)).toEqual(['heat', 'water']);
    expect(await listCategories(db)).toEqual([
      { name: 'ЖКГ', count: 2 },
      { name: 'Культура', count: 1 },
      { name: 'Оголошення', count: 1 },
    ]);
    db.close();
  });

  it('indexes the old saved articles, most recently saved first', async () => {
    const db = await openDatabase();
    const page = await listSavedArticles(db, { limit: 10 });
    expect(page.articles.map((article) => article.id)).toEqual(['concert', 'water']);
    db.close();
  });

  it('adds the settings store', async () => {
    const db = await openDatabase();
    await putSetting(db, 'onboarded', true);
    expect(await getSetting(db, 'onboarded')).toBe(true);
    db.close();
  });
});
