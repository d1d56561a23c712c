import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_CACHE,
  FIRST_SCREEN_FORGOTTEN_URL,
  FIRST_SCREEN_URL,
} from '../../../src/core/first-screen';
import { putFeedArticles, type VistkyDatabase } from '../../../src/storage';
import {
  deleteUnsavedArticles,
  evictOldestArticles,
  evictUnsavedArticles,
} from '../../../src/storage/eviction';
import { FEED_URL, makeFeedArticle, openTestDatabase } from './test-database';

/** Cache Storage as the page and the worker have it, holding one kept first screen. */
function keepFirstScreen(): Map<string, string> {
  const entries = new Map<string, string>([[FIRST_SCREEN_URL, '<ol class="news-list"></ol>']]);
  const cache = {
    put: async (url: string, response: Response) => void entries.set(url, await response.text()),
    delete: async (url: string) => entries.delete(url),
  };
  const storage = { open: async (name: string) => (name === FIRST_SCREEN_CACHE ? cache : null) };
  Object.assign(globalThis, { caches: storage });
  return entries;
}

let db: VistkyDatabase;
let kept: Map<string, string>;
const store = (ids: string[]) =>
  putFeedArticles(db, {
    feedUrl: FEED_URL,
    articles: ids.map((id) => makeFeedArticle(id)),
    meta: { etag: null },
    now: new Date('2026-03-10T10:00:00Z'),
  });

beforeEach(async () => {
  db = await openTestDatabase();
  await store(['a', 'b', 'c']);
  kept = keepFirstScreen();
});

afterEach(() => {
  db.close();
  delete (globalThis as { caches?: unknown }).caches;
});

describe('storage drops the kept first screen itself', () => {
  it('when a refresh stores new or changed articles, noting when', async () => {
    await store(['a', 'b', 'c', 'd']);
    expect(kept.has(FIRST_SCREEN_URL)).toBe(false);
    expect(Number(kept.get(FIRST_SCREEN_FORGOTTEN_URL))).toBeGreaterThan(0);
  });

  it('not when a refresh brings the same articles again', async () => {
    await store(['a', 'b', 'c']);
    expect(kept.has(FIRST_SCREEN_URL)).toBe(true);
  });

  it('when articles are evicted, cleared or make room for others', async () => {
    for (const remove of [
      () => evictUnsavedArticles(db, { keep: 2 }),
      () => evictOldestArticles(db, { count: 1, except: new Set() }),
      () => deleteUnsavedArticles(db),
    ]) {
      kept.set(FIRST_SCREEN_URL, '<ol class="news-list"></ol>');
      await remove();
      expect(kept.has(FIRST_SCREEN_URL)).toBe(false);
    }
  });
});
