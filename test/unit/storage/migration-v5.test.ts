import { beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countUnreadArticles,
  DB_NAME,
  getArticle,
  getFeedMeta,
  listSavedArticles,
  openDatabase,
  putFeedArticles,
} from '../../../src/storage';
import {
  FEED_URL,
  makeFeedArticle,
  march,
  openDatabaseAtVersion,
  useFreshIndexedDb,
} from './test-database';

const SEEN = '2026-03-01T12:00:00.000Z';
const NOW = new Date('2026-03-20T12:00:00.000Z');
const DECISION = {
  url: 'https://rada.example/files/r.pdf',
  title: 'Рішення № 5',
  mimeType: 'application/pdf',
  sizeBytes: 240_000,
};

/** An article exactly as version 4 stored it: no attachments, no event. */
function v4Record(id: string, day: number, saved: boolean) {
  const key = getArticleKey(id);
  const dateKey = `${march(day)}\u0000${key}`;
  return {
    id,
    key,
    feedUrl: FEED_URL,
    url: `https://rada.example/news/${id}`,
    title: `Новина ${id}`,
    summary: `Коротко про ${id}`,
    contentHtml: `<p>Текст ${id}</p>`,
    published: march(day),
    updated: null,
    author: null,
    categories: ['Анонси та оголошення'],
    image: null,
    firstSeen: SEEN,
    read: false,
    saved,
    savedAt: saved ? march(day, 20) : null,
    dateKey,
    categoryKeys: [`Анонси та оголошення\u0000${dateKey}`],
    ...(saved ? { savedKey: `${march(day, 20)}\u0000${key}` } : { unsavedDateKey: dateKey }),
    unreadKeys: ['', 'Анонси та оголошення'],
  };
}

describe('migration from version 4 to version 5', () => {
  beforeEach(async () => {
    useFreshIndexedDb();
    const v4 = await openDatabaseAtVersion(DB_NAME, 4);
    await v4.put('articles', v4Record('session', 1, true));
    await v4.put('articles', v4Record('hearing', 2, false));
    await v4.put('feeds', {
      url: FEED_URL,
      title: 'Новини',
      homeUrl: null,
      etag: '"v4"',
      lastModified: 'Sun, 01 Mar 2026 09:00:00 GMT',
      lastChecked: SEEN,
      lastSuccess: SEEN,
      lastError: null,
    });
    v4.close();
  });

  it('gives every stored article no attachments and no event, keeping its state', async () => {
    const db = await openDatabase();
    expect(await getArticle(db, getArticleKey('session'))).toMatchObject({
      saved: true,
      attachments: null,
      event: null,
    });
    expect(await getArticle(db, getArticleKey('hearing'))).toMatchObject({
      attachments: null,
      event: null,
    });
    expect((await listSavedArticles(db, { limit: 10 })).articles).toHaveLength(1);
    expect((await countUnreadArticles(db)).total).toBe(2);
    db.close();
  });

  it('forgets what it knew of the feed, validators too, so the next check downloads it whole', async () => {
    const db = await openDatabase();
    expect(await getFeedMeta(db, FEED_URL)).toBeUndefined();
    db.close();
  });

  it('lets the next refresh fill in the documents and the event of the same articles', async () => {
    const db = await openDatabase();
    const event = {
      startDate: '2026-03-05',
      startTime: '10:00',
      endDate: null,
      endTime: null,
      place: null,
      when: '5 березня, 10:00',
    };
    const result = await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [
        makeFeedArticle('session', {
          published: march(1),
          summary: 'Коротко про session',
          categories: ['Анонси та оголошення'],
          attachments: [DECISION],
          event,
        }),
        makeFeedArticle('hearing', {
          published: march(2),
          summary: 'Коротко про hearing',
          categories: ['Анонси та оголошення'],
        }),
      ],
      meta: {},
      now: NOW,
    });
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(await getArticle(db, getArticleKey('session'))).toMatchObject({
      saved: true,
      attachments: [DECISION],
      event,
    });
    db.close();
  });
});
