import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedArticle } from '../../../src/core/types';
import {
  createMemoryStore,
  getArticle,
  listArticles,
  toFeedStore,
  type FeedStore,
  type MemoryStore,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, march, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');

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

async function fill(store: FeedStore) {
  const results = [];
  for (const [i, articles] of REFRESHES.entries()) {
    const now = new Date(NOW.getTime() + i * 60_000);
    results.push(
      await store.putFeedArticles({ feedUrl: FEED_URL, articles, meta: { etag: `"${i}"` }, now }),
    );
  }
  return results;
}

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

describe('the in-memory store, beside the database', () => {
  let db: VistkyDatabase;
  let memory: MemoryStore;
  beforeEach(async () => {
    db = await openTestDatabase();
    memory = createMemoryStore();
    return () => db.close();
  });

  it('reports the same additions and updates for the same refreshes', async () => {
    expect(await fill(memory)).toEqual(await fill(toFeedStore(db)));
  });

  it('pages the same articles in the same order', async () => {
    await fill(memory);
    await fill(toFeedStore(db));
    for (const category of [undefined, 'ЖКГ']) {
      expect(
        await readAllPages(async (after) => memory.listArticles({ category, limit: 2, after })),
      ).toEqual(await readAllPages((after) => listArticles(db, { category, limit: 2, after })));
    }
  });

  it('holds the same article and feed meta', async () => {
    await fill(memory);
    await fill(toFeedStore(db));
    const [first] = (await listArticles(db, { limit: 1 })).articles;
    expect(memory.getArticle(first!.key)).toEqual(await getArticle(db, first!.key));
    expect(await memory.getFeedMeta(FEED_URL)).toEqual(await toFeedStore(db).getFeedMeta(FEED_URL));
  });
});
