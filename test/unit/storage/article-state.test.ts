import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  getArticle,
  listSavedArticles,
  putArticleState,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const at = (minute: number) => new Date(NOW.getTime() + minute * 60_000);

describe('putArticleState', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: ['a', 'b', 'c'].map((id) => makeFeedArticle(id)),
      meta: {},
      now: NOW,
    });
  });
  afterEach(() => db.close());

  it('marks an article read without touching saved', async () => {
    await putArticleState(db, getArticleKey('a'), { read: true }, NOW);
    expect(await getArticle(db, getArticleKey('a'))).toMatchObject({ read: true, saved: false });
  });

  it('stamps savedAt with the given time when an article is saved', async () => {
    const article = await putArticleState(db, getArticleKey('a'), { saved: true }, at(5));
    expect(article).toMatchObject({ saved: true, savedAt: at(5).toISOString() });
  });

  it('clears savedAt when an article is unsaved', async () => {
    await putArticleState(db, getArticleKey('a'), { saved: true }, at(5));
    const article = await putArticleState(db, getArticleKey('a'), { saved: false }, at(6));
    expect(article).toMatchObject({ saved: false, savedAt: null });
  });

  it('keeps the first savedAt when a saved article is saved again', async () => {
    await putArticleState(db, getArticleKey('a'), { saved: true }, at(5));
    const article = await putArticleState(db, getArticleKey('a'), { saved: true }, at(9));
    expect(article?.savedAt).toBe(at(5).toISOString());
  });

  it('answers undefined for an article that is not stored', async () => {
    expect(await putArticleState(db, getArticleKey('zzz'), { read: true }, NOW)).toBeUndefined();
  });

  it('lists saved articles, most recently saved first', async () => {
    await putArticleState(db, getArticleKey('b'), { saved: true }, at(1));
    await putArticleState(db, getArticleKey('a'), { saved: true }, at(2));
    await putArticleState(db, getArticleKey('c'), { saved: true }, at(3));
    await putArticleState(db, getArticleKey('c'), { saved: false }, at(4));
    const page = await listSavedArticles(db, { limit: 10 });
    expect(page.articles.map((article) => article.id)).toEqual(['a', 'b']);
  });
});
