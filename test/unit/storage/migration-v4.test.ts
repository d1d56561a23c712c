import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countUnreadArticles,
  DB_NAME,
  getArticle,
  getSetting,
  listArticles,
  openDatabase,
  putFeedArticles,
} from '../../../src/storage';
import { evictUnsavedArticles } from '../../../src/storage/eviction';
import {
  FEED_URL,
  makeFeedArticle,
  march,
  openDatabaseAtVersion,
  useFreshIndexedDb,
} from './test-database';

const SEEN = '2026-03-01T12:00:00.000Z';
const NOW = new Date('2026-03-20T12:00:00.000Z');

/** An article exactly as version 3 stored it: v2 fields plus unreadKeys and unsavedDateKey. */
function v3Record(id: string, day: number, read: boolean) {
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
    categories: ['ЖКГ'],
    image: null,
    firstSeen: SEEN,
    read,
    saved: false,
    savedAt: null,
    dateKey,
    categoryKeys: [`ЖКГ\u0000${dateKey}`],
    unreadKeys: read ? [] : ['', 'ЖКГ'],
    unsavedDateKey: dateKey,
  };
}

const V3_ARTICLES = [v3Record('water', 1, true), v3Record('heat', 2, false)];

describe('migration from version 3 to version 4', () => {
  beforeEach(async () => {
    useFreshIndexedDb();
    const v3 = await openDatabaseAtVersion(DB_NAME, 3);
    for (const record of V3_ARTICLES) await v3.put('articles', record);
    await v3.put('settings', { key: 'language', value: 'en' });
    v3.close();
  });

  it('keeps every article, its state and the settings', async () => {
    const db = await openDatabase();
    expect((await listArticles(db, { limit: 10 })).articles.map((a) => a.id)).toEqual([
      'heat',
      'water',
    ]);
    expect(await getArticle(db, getArticleKey('water'))).toMatchObject({ read: true });
    expect(await countUnreadArticles(db)).toEqual({ total: 1, byCategory: { ЖКГ: 1 } });
    expect(await getSetting(db, 'language')).toBe('en');
    db.close();
  });

  it('remembers what it evicts from then on, so the feed does not store it again', async () => {
    const db = await openDatabase();
    expect(await evictUnsavedArticles(db, { keep: 1 })).toEqual([getArticleKey('water')]);
    const again = await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('water', { published: march(1) })],
      meta: {},
      now: NOW,
    });
    expect(again.added).toBe(0);
    db.close();
  });
});
