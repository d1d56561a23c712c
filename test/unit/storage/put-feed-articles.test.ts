import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  getArticle,
  getFeedMeta,
  putArticleState,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const LATER = new Date('2026-03-11T12:00:00.000Z');

describe('putFeedArticles', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  const put = (articles = [makeFeedArticle('a')], now = NOW) =>
    putFeedArticles(db, { feedUrl: FEED_URL, articles, meta: {}, now });

  it('stores new items as unread, unsaved articles seen now', async () => {
    await put([makeFeedArticle('a')]);
    expect(await getArticle(db, getArticleKey('a'))).toMatchObject({
      id: 'a',
      key: getArticleKey('a'),
      feedUrl: FEED_URL,
      read: false,
      saved: false,
      savedAt: null,
      firstSeen: NOW.toISOString(),
    });
  });

  it('returns core articles without the index-only fields', async () => {
    await put([makeFeedArticle('a', { categories: ['Освіта'] })]);
    const article = await getArticle(db, getArticleKey('a'));
    expect(Object.keys(article!).sort()).toEqual(
      [
        ...Object.keys(makeFeedArticle('a')),
        'key',
        'feedUrl',
        'firstSeen',
        'read',
        'saved',
        'savedAt',
      ].sort(),
    );
  });

  it('keeps read, saved and firstSeen when the content of an article changes', async () => {
    await put([makeFeedArticle('a')]);
    await putArticleState(db, getArticleKey('a'), { read: true, saved: true }, NOW);
    await put([makeFeedArticle('a', { title: 'Виправлений заголовок' })], LATER);
    expect(await getArticle(db, getArticleKey('a'))).toMatchObject({
      title: 'Виправлений заголовок',
      read: true,
      saved: true,
      savedAt: NOW.toISOString(),
      firstSeen: NOW.toISOString(),
    });
  });

  it('counts new items as added and changed items as updated', async () => {
    await put([makeFeedArticle('a'), makeFeedArticle('b')]);
    const result = await put([
      makeFeedArticle('a'),
      makeFeedArticle('b', { contentHtml: '<p>Оновлено</p>' }),
      makeFeedArticle('c'),
    ]);
    expect(result).toMatchObject({ added: 1, updated: 1, addedKeys: [getArticleKey('c')] });
  });

  it('does not count an item as updated when only insignificant whitespace differs', async () => {
    await put([makeFeedArticle('a', { title: 'Вода', categories: ['ЖКГ'] })]);
    const result = await put([makeFeedArticle('a', { title: '  Вода ', categories: [' ЖКГ'] })]);
    expect(result).toMatchObject({ added: 0, updated: 0 });
  });

  it('counts a change of categories or image as an update', async () => {
    await put([makeFeedArticle('a'), makeFeedArticle('b')]);
    const result = await put([
      makeFeedArticle('a', { categories: ['Культура'] }),
      makeFeedArticle('b', { image: { url: 'https://rada.example/b.jpg', alt: '' } }),
    ]);
    expect(result.updated).toBe(2);
  });

  it('lists the added keys newest first', async () => {
    const result = await put([
      makeFeedArticle('old', { published: march(1) }),
      makeFeedArticle('new', { published: march(5) }),
      makeFeedArticle('mid', { published: march(3) }),
    ]);
    expect(result.addedKeys).toEqual(['new', 'mid', 'old'].map(getArticleKey));
  });

  it('stores a duplicated item once', async () => {
    const result = await put([makeFeedArticle('a'), makeFeedArticle('a', { title: 'Друга' })]);
    expect(result.added).toBe(1);
    expect((await getArticle(db, getArticleKey('a')))?.title).toBe('Друга');
  });

  it('writes the feed meta with the articles', async () => {
    await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a')],
      meta: { title: 'Новини міськради', etag: '"v1"', lastSuccess: NOW.toISOString() },
      now: NOW,
    });
    expect(await getFeedMeta(db, FEED_URL)).toMatchObject({
      url: FEED_URL,
      title: 'Новини міськради',
      etag: '"v1"',
      lastModified: null,
      lastSuccess: NOW.toISOString(),
      lastError: null,
    });
  });

  it('normalises dates to ISO UTC and drops unparseable ones', async () => {
    await put([makeFeedArticle('a', { published: '2026-03-01T12:00:00+02:00', updated: 'вчора' })]);
    expect(await getArticle(db, getArticleKey('a'))).toMatchObject({
      published: '2026-03-01T10:00:00.000Z',
      updated: null,
    });
  });
});
