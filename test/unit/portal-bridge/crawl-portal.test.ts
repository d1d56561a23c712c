import { describe, expect, it } from 'vitest';
import { crawlPortal } from '../../../src/portal-bridge/crawl-portal';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { PORTAL_ROUTES } from './fixture-portal';
import { createCrawlContext, createMemoryPortal, PORTAL } from './memory-portal';

const config = await loadPortalConfig();
const HOUR = 3_600_000;

const LIMITS = { pages: 2, articles: 60 };

describe('crawlPortal', () => {
  it('reads every list page and every listed article once, sections merged', async () => {
    const portal = createMemoryPortal();
    const { context } = createCrawlContext(config, portal.fetchPage);
    const result = await crawlPortal(context, LIMITS);
    expect(portal.calls.map((c) => c.path)).toEqual([
      '/news/',
      '/news/?page=2',
      '/anonsy-ta-ogoloshennya/',
      '/news/id-61250/',
      '/news/id-61237/',
      '/news/id-61244/',
      '/news/id-41720/',
      '/news/view/8415',
      '/news/id-61248/',
    ]);
    expect(result).toMatchObject({ listPages: 3, fetched: 6, fromCache: 0, deferred: 0, gone: 0 });
    const welcome = result.articles.find((a) => a.article.url.endsWith('/id-61250/'));
    expect(welcome!.sections).toEqual(['Новини', 'Анонси та оголошення']);
  });

  it('stops paging at a missing page', async () => {
    const portal = createMemoryPortal({
      ...PORTAL_ROUTES,
      '/news/?page=2': 'news-page-empty.html',
    });
    const { context } = createCrawlContext(config, portal.fetchPage);
    const result = await crawlPortal(context, { pages: 3, articles: 60 });
    expect(portal.calls.map((c) => c.path)).not.toContain('/news/?page=3');
    expect(result.listPages).toBe(3);
  });

  it('reads nothing again on a second run within a day: lists by conditional GET, articles from the cache', async () => {
    const portal = createMemoryPortal();
    const { context, clock } = createCrawlContext(config, portal.fetchPage);
    await crawlPortal(context, LIMITS);
    portal.calls.length = 0;
    clock.now += HOUR;
    const result = await crawlPortal(context, LIMITS);
    expect(portal.calls.map((c) => c.path)).toEqual([
      '/news/',
      '/news/?page=2',
      '/anonsy-ta-ogoloshennya/',
    ]);
    expect(portal.calls.every((c) => c.validators?.etag)).toBe(true);
    expect(result).toMatchObject({ fetched: 0, fromCache: 6 });
    expect(result.articles).toHaveLength(6);
  });

  it('re-reads an article, conditionally, after 24 hours', async () => {
    const portal = createMemoryPortal();
    const { context, clock } = createCrawlContext(config, portal.fetchPage);
    await crawlPortal(context, LIMITS);
    portal.calls.length = 0;
    clock.now += 25 * HOUR;
    const result = await crawlPortal(context, LIMITS);
    const articleCalls = portal.calls.filter(
      (c) => c.path.startsWith('/news/id-') || c.path.startsWith('/news/view'),
    );
    expect(articleCalls).toHaveLength(6);
    expect(articleCalls.every((c) => c.validators?.etag)).toBe(true);
    expect(result.fetched).toBe(6);
  });

  it('re-reads an article at once when the list shows a newer date for it', async () => {
    const portal = createMemoryPortal();
    const { context } = createCrawlContext(config, portal.fetchPage);
    await crawlPortal(context, LIMITS);
    portal.pages.set(
      '/news/',
      portal.pages.get('/news/')!.replace('28 березня 2026 р.', '31 березня 2026 р.'),
    );
    portal.calls.length = 0;
    await crawlPortal(context, LIMITS);
    expect(portal.calls.map((c) => c.path)).toContain('/news/id-61244/');
    expect(portal.calls.filter((c) => c.path.startsWith('/news/id-'))).toHaveLength(1);
  });

  it('reads at most the article cap per run and leaves the rest for the next run', async () => {
    const portal = createMemoryPortal();
    const { context } = createCrawlContext(config, portal.fetchPage);
    const first = await crawlPortal(context, { pages: 2, articles: 2 });
    expect(first).toMatchObject({ fetched: 2, deferred: 4 });
    expect(first.articles).toHaveLength(2);
    const second = await crawlPortal(context, { pages: 2, articles: 2 });
    expect(second).toMatchObject({ fetched: 2, fromCache: 2, deferred: 2 });
  });

  it('leaves out an article that answers 404 and forgets it', async () => {
    const routes = { ...PORTAL_ROUTES };
    delete routes['/news/id-61237/'];
    const portal = createMemoryPortal(routes);
    const { context } = createCrawlContext(config, portal.fetchPage);
    const result = await crawlPortal(context, LIMITS);
    expect(result).toMatchObject({ gone: 1 });
    expect(result.articles.map((a) => a.article.url)).not.toContain(`${PORTAL}/news/id-61237/`);
    expect(context.cache.articles[`${PORTAL}/news/id-61237/`]).toBeUndefined();
  });

  it('dates an article that shows no date anywhere by its first reading, and keeps that date', async () => {
    const portal = createMemoryPortal();
    portal.pages.set(
      '/news/id-61250/',
      portal.pages.get('/news/id-61250/')!.replace('30 березня 2026 р.', ''),
    );
    for (const list of ['/news/', '/anonsy-ta-ogoloshennya/'])
      portal.pages.set(list, portal.pages.get(list)!.replace('30.03.2026', ''));
    const { context, clock, lines } = createCrawlContext(config, portal.fetchPage);
    const first = await crawlPortal(context, LIMITS);
    const dated = (r: typeof first) =>
      r.articles.find((a) => a.article.url === `${PORTAL}/news/id-61250/`)!.article.published;
    expect(dated(first)).toBe('2026-03-30T10:00:00.000Z');
    expect(lines).toContain(
      `${PORTAL}/news/id-61250/: dated by when the bridge first read it, 2026-03-30T10:00:00.000Z`,
    );
    clock.now += 25 * HOUR;
    expect(dated(await crawlPortal(context, LIMITS))).toBe('2026-03-30T10:00:00.000Z');
  });

  it('forgets pages that a complete crawl no longer lists', async () => {
    const portal = createMemoryPortal();
    const { context } = createCrawlContext(config, portal.fetchPage);
    await crawlPortal(context, LIMITS);
    await crawlPortal(context, { pages: 1, articles: 60 });
    expect(Object.keys(context.cache.lists)).toHaveLength(2);
    expect(context.cache.articles[`${PORTAL}/news/id-41720/`]).toBeUndefined();
  });
});
