import { describe, expect, it } from 'vitest';
import { MarkupError, PortalError } from '../../../src/portal-bridge/bridge-errors';
import { crawlPortal, type CrawlResult } from '../../../src/portal-bridge/crawl-portal';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { PORTAL_ROUTES } from './fixture-portal';
import { createCrawlContext, createMemoryPortal, PORTAL } from './memory-portal';

const config = await loadPortalConfig();
const LIMITS = { pages: 2, articles: 60 };
const HOUR = 3_600_000;
const NEWS = 'Новини';
const ANNOUNCEMENTS = 'Анонси та оголошення';

const sectionsOf = (result: CrawlResult, path: string) =>
  result.articles.find((a) => a.article.url === `${PORTAL}${path}`)?.sections;

/** A portal crawled once in full, so that every section has last good items. */
async function crawlOnceInFull() {
  const portal = createMemoryPortal();
  const crawl = createCrawlContext(config, portal.fetchPage);
  await crawlPortal(crawl.context, LIMITS);
  portal.calls.length = 0;
  crawl.lines.length = 0;
  return { portal, ...crawl };
}

describe('crawlPortal, one section at a time', () => {
  it('reads the news when the announcements list answers 404, and reports that section', async () => {
    const routes = { ...PORTAL_ROUTES };
    delete routes['/anonsy-ta-ogoloshennya/'];
    const portal = createMemoryPortal(routes);
    const { context, lines } = createCrawlContext(config, portal.fetchPage);
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections).toEqual([
      { section: NEWS, error: null },
      {
        section: ANNOUNCEMENTS,
        error: new MarkupError(
          `list "${ANNOUNCEMENTS}" answered 404 at ${PORTAL}/anonsy-ta-ogoloshennya/: check sources[].url`,
        ),
      },
    ]);
    expect(result.articles).toHaveLength(5);
    expect(sectionsOf(result, '/news/id-61250/')).toEqual([NEWS]);
    expect(lines).toContain(
      `section "${ANNOUNCEMENTS}" failed: list "${ANNOUNCEMENTS}" answered 404 at ${PORTAL}/anonsy-ta-ogoloshennya/: check sources[].url; keeping its 0 last good entries`,
    );
  });

  it('republishes the last good items of a section whose list now answers 404, without reading their pages', async () => {
    const { portal, context, clock } = await crawlOnceInFull();
    portal.pages.delete('/anonsy-ta-ogoloshennya/');
    clock.now += 25 * HOUR;
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections[1]!.error).toBeInstanceOf(MarkupError);
    expect(sectionsOf(result, '/news/id-61248/')).toEqual([ANNOUNCEMENTS]);
    expect(sectionsOf(result, '/news/id-61250/')).toEqual([NEWS, ANNOUNCEMENTS]);
    expect(portal.calls.map((c) => c.path)).not.toContain('/news/id-61248/');
    expect(context.cache.sections[ANNOUNCEMENTS]!.entries).toHaveLength(2);
  });

  it('keeps the last good items of a section whose list markup no longer matches', async () => {
    const { portal, context } = await crawlOnceInFull();
    portal.pages.set('/news/', portal.pages.get('/news/')!.replaceAll('listNews', 'newsList'));
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections[0]!.error).toEqual(
      MarkupError.forSelector('.listNews', `${PORTAL}/news/`),
    );
    expect(result.sections[1]!.error).toBeNull();
    expect(result.articles).toHaveLength(6);
    expect(sectionsOf(result, '/news/id-61244/')).toEqual([NEWS]);
  });

  it('keeps the last good items of a section whose list does not answer', async () => {
    const { portal, context, lines } = await crawlOnceInFull();
    portal.failing.set('/anonsy-ta-ogoloshennya/', new PortalError('no answer within 20 s'));
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections[1]!.error).toEqual(new PortalError('no answer within 20 s'));
    expect(sectionsOf(result, '/news/id-61248/')).toEqual([ANNOUNCEMENTS]);
    expect(lines).toContain(
      `section "${ANNOUNCEMENTS}" failed: no answer within 20 s; keeping its 2 last good entries`,
    );
  });

  it('leaves out an article without a body and keeps its section, whose other articles read', async () => {
    const portal = createMemoryPortal({
      ...PORTAL_ROUTES,
      '/news/id-61237/': 'article-changed.html',
    });
    const { context, lines } = createCrawlContext(config, portal.fetchPage);
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections.map((s) => s.error)).toEqual([null, null]);
    expect(result).toMatchObject({ fetched: 6, failed: 1 });
    expect(sectionsOf(result, '/news/id-61237/')).toBeUndefined();
    expect(lines).toContain(
      `selector ".textContent" found nothing on ${PORTAL}/news/id-61237/; left out`,
    );
  });

  it('keeps the copies read before and fails the section when none of its new articles can be read', async () => {
    const { portal, context, clock } = await crawlOnceInFull();
    clock.now += 25 * HOUR;
    portal.failing.set('/news/id-61248/', new PortalError('socket hang up'));
    portal.failing.set('/news/id-61250/', new PortalError('socket hang up'));
    const result = await crawlPortal(context, LIMITS);
    expect(result.sections).toEqual([
      { section: NEWS, error: null },
      { section: ANNOUNCEMENTS, error: new PortalError('socket hang up') },
    ]);
    expect(result).toMatchObject({ fetched: 6, failed: 2 });
    expect(result.articles).toHaveLength(6);
  });

  it('ends the crawl on an abort instead of failing one section after another', async () => {
    const portal = createMemoryPortal();
    const { context } = createCrawlContext(config, async () => {
      throw new PortalError('This operation was aborted');
    });
    context.signal = AbortSignal.abort();
    await expect(crawlPortal(context, LIMITS)).rejects.toThrow(/aborted/);
    expect(portal.calls).toEqual([]);
    expect(context.cache.sections).toEqual({});
  });
});
