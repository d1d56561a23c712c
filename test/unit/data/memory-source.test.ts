import { MutationObserver, QueryClient } from '@tanstack/preact-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ORIGIN, server } from '../../../mocks/node';
import type { Article } from '../../../src/core/types';
import { useFreshIndexedDb } from '../storage/test-database';

const FEED_URL = `${DEMO_ORIGIN}/api/feed`;
const noWorker = () => {
  throw new Error('a worker cannot write into the page’s memory');
};

/** A fresh page: data modules decide their content source once per page load. */
async function loadPage() {
  vi.resetModules();
  const [contentSource, database, sections, saved, state, settings, clear] = await Promise.all([
    import('../../../src/data/content-source'),
    import('../../../src/data/database'),
    import('../../../src/data/sections'),
    import('../../../src/data/saved-articles'),
    import('../../../src/data/article-state'),
    import('../../../src/data/settings'),
    import('../../../src/data/clear-stored'),
  ]);
  const source = await contentSource.getContentSource();
  await source.refresh(FEED_URL, noWorker);
  return {
    ...database,
    ...sections,
    ...saved,
    ...state,
    ...settings,
    ...clear,
    source,
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  };
}

type Page = Awaited<ReturnType<typeof loadPage>>;

/** Every stored article, newest first. */
async function listAll(page: Page): Promise<Article[]> {
  return (await page.source.listArticles({ limit: Infinity })).articles;
}

async function readSections(page: Page) {
  return page.queryClient.fetchQuery({ ...page.sectionsQuery(), staleTime: 0 });
}

async function save(page: Page, key: string): Promise<boolean> {
  const mutation = page.saveArticleMutation(page.queryClient);
  return new MutationObserver(page.queryClient, mutation).mutate({ key, saved: true });
}

async function readSaved(page: Page): Promise<string[]> {
  const list = await page.queryClient.fetchInfiniteQuery({
    ...page.savedListQuery(),
    staleTime: 0,
  });
  return list.pages.flatMap((one) => one.articles.map((article) => article.key));
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

describe.each([
  ['the browser has no IndexedDB', () => vi.stubGlobal('indexedDB', undefined)],
  [
    'indexedDB.open throws',
    () => {
      useFreshIndexedDb();
      vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        throw new DOMException('Refused', 'UnknownError');
      });
    },
  ],
])('a page whose %s, for the session', (_name, breakStorage) => {
  let page: Page;
  beforeEach(async () => {
    breakStorage();
    page = await loadPage();
    expect(page.getStorageStatus()).toBe('memory');
  });

  it('lists the sections with their article and unread counts', async () => {
    const { sections, totalUnread } = await readSections(page);
    expect(sections.length).toBeGreaterThan(1);
    expect(totalUnread).toBe((await listAll(page)).length);
    for (const section of sections) {
      const { articles } = await page.source.listArticles({ category: section.name, limit: 100 });
      expect(section).toMatchObject({ count: articles.length, unread: articles.length });
    }
  });

  it('saves an article and lists it under «Збережені»', async () => {
    const [, second] = await listAll(page);
    expect(await save(page, second!.key)).toBe(true);
    expect(await readSaved(page)).toEqual([second!.key]);
    await expect(page.queryClient.fetchQuery(page.savedCountQuery())).resolves.toBe(1);
  });

  it('counts one fewer unread once an article is read, and none once its section is', async () => {
    const [first] = await listAll(page);
    const name = first!.categories[0]!;
    const before = await readSections(page);
    await page.markArticleRead(page.queryClient, first!.key);
    const after = await readSections(page);
    expect(after.totalUnread).toBe(before.totalUnread - 1);
    const unread = (sections: typeof after) => sections.sections.find((s) => s.name === name)!;
    expect(unread(after).unread).toBe(unread(before).unread - 1);

    const observer = new MutationObserver(
      page.queryClient,
      page.markAllReadMutation(page.queryClient),
    );
    await observer.mutate(name);
    expect(unread(await readSections(page)).unread).toBe(0);
  });

  it('keeps settings and counters', async () => {
    await page.saveSetting(page.queryClient, 'topics', ['вода']);
    await page.incrementCounter(page.queryClient, 'visit-count');
    await page.incrementCounter(page.queryClient, 'visit-count');
    const fresh = new QueryClient();
    await expect(fresh.fetchQuery(page.settingQuery('topics'))).resolves.toEqual(['вода']);
    await expect(fresh.fetchQuery(page.settingQuery('visit-count'))).resolves.toBe(2);
  });

  it('clears the unsaved articles, keeps the saved one, and downloads the feed again', async () => {
    const all = await listAll(page);
    await save(page, all[0]!.key);
    expect(await page.clearStoredArticles(page.queryClient, FEED_URL)).toBe(all.length - 1);
    expect((await listAll(page)).map((article) => article.key)).toEqual([all[0]!.key]);
    expect(await readSaved(page)).toEqual([all[0]!.key]);
    const again = await page.source.refresh(FEED_URL, noWorker);
    expect(again).toMatchObject({ status: 'updated', added: all.length - 1 });
  });

  it('hands the search worker every article, and again after each change', async () => {
    const heard: number[] = [];
    await page.source.watchArticles!((articles) => heard.push(articles.length));
    const all = await listAll(page);
    await page.clearStoredArticles(page.queryClient, FEED_URL);
    await page.source.refresh(FEED_URL, noWorker);
    expect(heard).toEqual([all.length, 0, all.length]);
  });
});
