import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEmptyCache } from '../../../src/bridge/bridge-cache';
import { MarkupError, PortalError } from '../../../src/bridge/bridge-errors';
import type { CrawlContext } from '../../../src/bridge/crawl-context';
import { crawlPortal } from '../../../src/bridge/crawl-portal';
import type { FetchPage, Validators } from '../../../src/bridge/polite-fetcher';
import { DEFAULT_CONFIG_PATH, loadPortalConfig } from '../../../src/bridge/portal-config';
import { PORTAL_ROUTES, readPortalFixture } from './fixture-portal';

const config = await loadPortalConfig(DEFAULT_CONFIG_PATH);
const PORTAL = 'https://chernigiv-rada.gov.ua';
const HOUR = 3_600_000;

/** An in-memory portal: fixture pages by path, version-tagged ETags, every call recorded. */
function createPortal(routes: Record<string, string> = PORTAL_ROUTES) {
  const pages = new Map(
    Object.entries(routes).map(([path, file]) => [path, readPortalFixture(file)]),
  );
  const calls: { path: string; validators: Validators | undefined }[] = [];
  const fetchPage: FetchPage = async (url, validators) => {
    const path = url.slice(PORTAL.length);
    calls.push({ path, validators });
    const html = pages.get(path);
    if (html === undefined) return { status: 404, url, html: null, etag: null, lastModified: null };
    const etag = `"${createHash('sha1').update(html).digest('hex')}"`;
    if (validators?.etag === etag)
      return { status: 304, url, html: null, etag, lastModified: null };
    return { status: 200, url, html, etag, lastModified: null };
  };
  return { pages, calls, fetchPage };
}

function createContext(fetchPage: FetchPage, clock = { now: Date.parse('2026-03-30T10:00:00Z') }) {
  const context: CrawlContext = {
    config,
    portalUrl: PORTAL,
    fetchPage,
    cache: createEmptyCache(),
    now: () => clock.now,
    log: () => {},
  };
  return { context, clock };
}

const LIMITS = { pages: 2, articles: 60 };

describe('crawlPortal', () => {
  it('reads every list page and every listed article once, sections merged', async () => {
    const portal = createPortal();
    const { context } = createContext(portal.fetchPage);
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
    const portal = createPortal({ ...PORTAL_ROUTES, '/news/?page=2': 'news-page-empty.html' });
    const { context } = createContext(portal.fetchPage);
    const result = await crawlPortal(context, { pages: 3, articles: 60 });
    expect(portal.calls.map((c) => c.path)).not.toContain('/news/?page=3');
    expect(result.listPages).toBe(3);
  });

  it('reads nothing again on a second run within a day: lists by conditional GET, articles from the cache', async () => {
    const portal = createPortal();
    const { context, clock } = createContext(portal.fetchPage);
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
    const portal = createPortal();
    const { context, clock } = createContext(portal.fetchPage);
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
    const portal = createPortal();
    const { context } = createContext(portal.fetchPage);
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
    const portal = createPortal();
    const { context } = createContext(portal.fetchPage);
    const first = await crawlPortal(context, { pages: 2, articles: 2 });
    expect(first).toMatchObject({ fetched: 2, deferred: 4 });
    expect(first.articles).toHaveLength(2);
    const second = await crawlPortal(context, { pages: 2, articles: 2 });
    expect(second).toMatchObject({ fetched: 2, fromCache: 2, deferred: 2 });
  });

  it('leaves out an article that answers 404 and forgets it', async () => {
    const routes = { ...PORTAL_ROUTES };
    delete routes['/news/id-61237/'];
    const portal = createPortal(routes);
    const { context } = createContext(portal.fetchPage);
    const result = await crawlPortal(context, LIMITS);
    expect(result).toMatchObject({ gone: 1 });
    expect(result.articles.map((a) => a.article.url)).not.toContain(`${PORTAL}/news/id-61237/`);
    expect(context.cache.articles[`${PORTAL}/news/id-61237/`]).toBeUndefined();
  });

  it('fails with MarkupError when the first list page is empty or missing', async () => {
    const empty = createPortal({ ...PORTAL_ROUTES, '/news/': 'news-page-empty.html' });
    await expect(crawlPortal(createContext(empty.fetchPage).context, LIMITS)).rejects.toThrow(
      `selector ".listNews .itemListNews" found nothing on ${PORTAL}/news/`,
    );
    const routes = { ...PORTAL_ROUTES };
    delete routes['/anonsy-ta-ogoloshennya/'];
    const missing = createPortal(routes);
    await expect(crawlPortal(createContext(missing.fetchPage).context, LIMITS)).rejects.toThrow(
      /list "Анонси та оголошення" answered 404/,
    );
  });

  it('fails with MarkupError when an article has no date and its list shows none', async () => {
    const portal = createPortal();
    portal.pages.set(
      '/news/id-61250/',
      portal.pages.get('/news/id-61250/')!.replace('30 березня 2026 р.', ''),
    );
    portal.pages.set('/news/', portal.pages.get('/news/')!.replace('30.03.2026', ''));
    portal.pages.set(
      '/anonsy-ta-ogoloshennya/',
      portal.pages.get('/anonsy-ta-ogoloshennya/')!.replace('30.03.2026', ''),
    );
    const { context } = createContext(portal.fetchPage);
    await expect(crawlPortal(context, LIMITS)).rejects.toThrow(
      new MarkupError(
        `selector ".newsView .date" gave no readable date on ${PORTAL}/news/id-61250/`,
      ),
    );
  });

  it('keeps the pages already read in the cache when a later page fails', async () => {
    const portal = createPortal();
    const failing: FetchPage = async (url, validators) => {
      if (url.endsWith('/news/id-61244/')) throw new PortalError('socket hang up');
      return portal.fetchPage(url, validators);
    };
    const { context } = createContext(failing);
    await expect(crawlPortal(context, LIMITS)).rejects.toBeInstanceOf(PortalError);
    expect(Object.keys(context.cache.articles)).toEqual([
      `${PORTAL}/news/id-61250/`,
      `${PORTAL}/news/id-61237/`,
    ]);
  });

  it('forgets pages that a complete crawl no longer lists', async () => {
    const portal = createPortal();
    const { context } = createContext(portal.fetchPage);
    await crawlPortal(context, LIMITS);
    await crawlPortal(context, { pages: 1, articles: 60 });
    expect(Object.keys(context.cache.lists)).toHaveLength(2);
    expect(context.cache.articles[`${PORTAL}/news/id-41720/`]).toBeUndefined();
  });
});
