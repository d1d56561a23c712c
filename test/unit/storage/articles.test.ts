import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import type { FeedArticle } from '../../../src/core/types';
import {
  countArticles,
  getArticle,
  listArticles,
  listCategories,
  putFeedArticles,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');

describe('article listing', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  const put = (articles: FeedArticle[], now = NOW) =>
    putFeedArticles(db, { feedUrl: FEED_URL, articles, meta: {}, now });
  const ids = (articles: { id: string }[]) => articles.map((article) => article.id);

  it('lists articles newest first by published date, whatever order they were stored in', async () => {
    await put([makeFeedArticle('b', { published: march(2) })]);
    await put([makeFeedArticle('c', { published: march(3) })]);
    await put([makeFeedArticle('a', { published: march(1) })]);
    const page = await listArticles(db, { limit: 10 });
    expect(ids(page.articles)).toEqual(['c', 'b', 'a']);
    expect(page.next).toBeNull();
  });

  it('orders undated articles by when they were first seen, keeping feed order', async () => {
    await put([makeFeedArticle('old', { published: march(1) })]);
    await put(
      [
        makeFeedArticle('first', { published: null }),
        makeFeedArticle('second', { published: null }),
      ],
      new Date(march(5)),
    );
    await put([makeFeedArticle('newest', { published: march(6) })]);
    const page = await listArticles(db, { limit: 10 });
    expect(ids(page.articles)).toEqual(['newest', 'first', 'second', 'old']);
  });

  it('uses the updated date when an article has no published date', async () => {
    await put([
      makeFeedArticle('a', { published: march(1) }),
      makeFeedArticle('b', { published: null, updated: march(2) }),
    ]);
    expect(ids((await listArticles(db, { limit: 10 })).articles)).toEqual(['b', 'a']);
  });

  it('pages through the list without repeating or skipping an article', async () => {
    const all = Array.from({ length: 25 }, (_, i) =>
      makeFeedArticle(`n${i}`, { published: march(1 + (i % 5), i) }),
    );
    await put(all);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listArticles(db, { limit: 10, after });
      seen.push(...ids(page.articles));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const dates = seen.map((id) => all.find((article) => article.id === id)!.published!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives no next cursor when the last page is exactly full', async () => {
    await put([makeFeedArticle('a', { published: march(1) }), makeFeedArticle('b')]);
    expect((await listArticles(db, { limit: 2 })).next).toBeNull();
  });

  it('lists one category newest first', async () => {
    await put([
      makeFeedArticle('water', { published: march(1), categories: ['ЖКГ'] }),
      makeFeedArticle('concert', { published: march(2), categories: ['Культура'] }),
      makeFeedArticle('heat', { published: march(3), categories: ['ЖКГ', 'Оголошення'] }),
    ]);
    const page = await listArticles(db, { category: 'ЖКГ', limit: 10 });
    expect(ids(page.articles)).toEqual(['heat', 'water']);
  });

  it('pages through one category', async () => {
    await put(
      Array.from({ length: 7 }, (_, i) =>
        makeFeedArticle(`k${i}`, { published: march(i + 1), categories: ['Культура'] }),
      ),
    );
    const first = await listArticles(db, { category: 'Культура', limit: 4 });
    const second = await listArticles(db, { category: 'Культура', limit: 4, after: first.next! });
    expect(ids(first.articles)).toEqual(['k6', 'k5', 'k4', 'k3']);
    expect(ids(second.articles)).toEqual(['k2', 'k1', 'k0']);
    expect(second.next).toBeNull();
  });

  it('does not mix a category with another that starts with the same words', async () => {
    await put([
      makeFeedArticle('a', { categories: ['Культура'] }),
      makeFeedArticle('b', { categories: ['Культура і спорт'] }),
    ]);
    expect(ids((await listArticles(db, { category: 'Культура', limit: 10 })).articles)).toEqual([
      'a',
    ]);
    expect(await countArticles(db, { category: 'Культура' })).toBe(1);
  });

  it('lists categories with their counts, most used first', async () => {
    await put([
      makeFeedArticle('a', { categories: ['ЖКГ'] }),
      makeFeedArticle('b', { categories: ['Культура', 'ЖКГ'] }),
      makeFeedArticle('c', { categories: ['Освіта'] }),
      makeFeedArticle('d'),
    ]);
    expect(await listCategories(db)).toEqual([
      { name: 'ЖКГ', count: 2 },
      { name: 'Культура', count: 1 },
      { name: 'Освіта', count: 1 },
    ]);
  });

  it('counts every stored article', async () => {
    await put([makeFeedArticle('a'), makeFeedArticle('b', { categories: ['ЖКГ'] })]);
    expect(await countArticles(db)).toBe(2);
  });

  it('moves an article between categories when its categories change', async () => {
    await put([makeFeedArticle('a', { categories: ['Новини'] })]);
    await put([makeFeedArticle('a', { categories: ['Оголошення'] })]);
    expect(await listCategories(db)).toEqual([{ name: 'Оголошення', count: 1 }]);
  });

  it('answers undefined for an article this device does not have', async () => {
    expect(await getArticle(db, getArticleKey('missing'))).toBeUndefined();
  });
});
