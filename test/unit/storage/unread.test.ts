import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countUnreadArticles,
  getArticle,
  markAllArticlesRead,
  putArticleState,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-20T12:00:00.000Z');

describe('read state', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [
        makeFeedArticle('water', { published: march(1), categories: ['Комунальні'] }),
        makeFeedArticle('heat', { published: march(2), categories: ['Комунальні', 'Новини'] }),
        makeFeedArticle('mayor', { published: march(3), categories: ['Новини'] }),
        makeFeedArticle('plain', { published: march(4) }),
      ],
      meta: {},
      now: NOW,
    });
  });
  afterEach(() => db.close());

  it('counts unread articles in all and per category', async () => {
    expect(await countUnreadArticles(db)).toEqual({
      total: 4,
      byCategory: { Комунальні: 2, Новини: 2 },
    });
  });

  it('stops counting an article once it is read', async () => {
    await putArticleState(db, getArticleKey('heat'), { read: true }, NOW);
    expect(await countUnreadArticles(db)).toEqual({
      total: 3,
      byCategory: { Комунальні: 1, Новини: 1 },
    });
  });

  it('marks every article of one category read and leaves the others', async () => {
    const changed = await markAllArticlesRead(db, { category: 'Новини' });
    expect(changed.sort()).toEqual([getArticleKey('heat'), getArticleKey('mayor')].sort());
    expect(await countUnreadArticles(db)).toEqual({ total: 2, byCategory: { Комунальні: 1 } });
    expect((await getArticle(db, getArticleKey('water')))?.read).toBe(false);
  });

  it('marks everything read and keeps saved articles saved', async () => {
    await putArticleState(db, getArticleKey('water'), { saved: true }, NOW);
    await markAllArticlesRead(db);
    expect(await countUnreadArticles(db)).toEqual({ total: 0, byCategory: {} });
    expect(await getArticle(db, getArticleKey('water'))).toMatchObject({ read: true, saved: true });
  });
});
