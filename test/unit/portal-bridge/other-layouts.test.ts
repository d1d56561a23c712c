import { describe, expect, it } from 'vitest';
import { createEmptyCache } from '../../../src/portal-bridge/bridge-cache';
import { extractArticle } from '../../../src/portal-bridge/extract-article';
import { extractListEntries } from '../../../src/portal-bridge/extract-list';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { runBridge } from '../../../src/portal-bridge/run-bridge';
import { createFakeClock } from './fake-clock';
import { PORTAL_ROUTES, readPortalFixture, startFixturePortal } from './fixture-portal';

const config = await loadPortalConfig();
const PORTAL = 'https://chernigiv-rada.gov.ua';
const NEWS = `${PORTAL}/news/`;

/**
 * The fixtures' pages in layouts they were not written in: only the verified selectors
 * (.listNews .itemListNews, .headLine, .date, a; .textContent) keep their names.
 */
const OTHER_LAYOUT_ROUTES: Record<string, string> = {
  ...PORTAL_ROUTES,
  '/news/': 'news-page-1-other-layout.html',
  '/news/id-61244/': 'article-61244-no-wrapper.html',
  '/news/id-61237/': 'article-61237-wrapped.html',
  '/news/id-41720/': 'article-41720-og.html',
  '/news/id-61250/': 'article-61250-bare.html',
  '/news/id-61248/': 'article-61248-logo.html',
};

function read(file: string, id: string, hints: Parameters<typeof extractArticle>[3] = {}) {
  return extractArticle(readPortalFixture(file), `${NEWS}id-${id}/`, config, hints);
}

describe('the list in another layout', () => {
  it('gives the same entries with extra wrappers, other class order, dates after titles and other links first', () => {
    expect(
      extractListEntries(readPortalFixture('news-page-1-other-layout.html'), NEWS, config),
    ).toEqual(extractListEntries(readPortalFixture('news-page-1.html'), NEWS, config));
  });
});

describe('an article in another layout', () => {
  it.each([
    ['without the .newsView wrapper, the date after the title', '61244', 'no-wrapper'],
    [
      'with the sidebar first, extra wrappers, the heading in an <article> header',
      '61237',
      'wrapped',
    ],
    ['without a heading or lead-photo block: og:title and og:image', '41720', 'og'],
    ['whose og:image is the logo in the page header', '61248', 'logo'],
  ])('gives the same article %s', (_layout, id, variant) => {
    expect(read(`article-${id}-${variant}.html`, id)).toEqual(read(`article-${id}.html`, id));
  });

  it('takes the title from <title> without the site name and the date from the list, and says so', () => {
    const warnings: string[] = [];
    const article = read('article-61250-bare.html', '61250', {
      listTitle: 'Заголовок зі списку',
      listDate: '2026-03-30T00:00:00+03:00',
      warn: (line) => warnings.push(line),
    });
    expect(article).toEqual(read('article-61250.html', '61250'));
    expect(warnings).toEqual([
      `${NEWS}id-61250/: no title in "h1"; taken from <title>`,
      `${NEWS}id-61250/: no readable date in ".date"; the list's date is used`,
    ]);
  });

  it('takes the title from the list when the page has no heading, og:title or <title>', () => {
    const html = readPortalFixture('article-61250-bare.html').replace(/<title>.*<\/title>/, '');
    const article = extractArticle(html, `${NEWS}id-61250/`, config, { listTitle: 'Зі списку' });
    expect(article.title).toBe('Зі списку');
    expect(article.published).toBeNull();
  });

  it('never takes a date from the sidebar, even when it comes first', () => {
    const html = readPortalFixture('article-61237-wrapped.html').replace(
      '29 березня 2026 р. о 10:15',
      '',
    );
    expect(extractArticle(html, `${NEWS}id-61237/`, config).published).toBeNull();
  });

  it('takes the heading nearest to the body, not the one in the page header', () => {
    const html = readPortalFixture('article-61244-no-wrapper.html').replace(
      '<a class="logo" href="/">',
      '<h1 class="siteName">Офіційний веб-портал</h1><a class="logo" href="/">',
    );
    expect(extractArticle(html, `${NEWS}id-61244/`, config)).toEqual(
      read('article-61244.html', '61244'),
    );
  });

  it('never takes the title or the date from the site header', () => {
    const html = readPortalFixture('article-61250-bare.html').replace(
      '<a class="logo" href="/">',
      '<h1 class="siteName">Офіційний веб-портал</h1><div class="date">Сьогодні 31.03.2026</div><a class="logo" href="/">',
    );
    const article = extractArticle(html, `${NEWS}id-61250/`, config);
    expect([article.title, article.published]).toEqual([
      'Виконком погодив одноразову допомогу родинам новонароджених',
      null,
    ]);
  });

  it('takes the body outside the sidebar when a sidebar block has the same class', () => {
    const html = readPortalFixture('article-61237-wrapped.html').replace(
      '<div class="blockAnons">',
      '<div class="textContent">Оголошення</div><div class="blockAnons">',
    );
    expect(extractArticle(html, `${NEWS}id-61237/`, config)).toEqual(
      read('article-61237.html', '61237'),
    );
  });

  it('lists no document whose link is not a web address', () => {
    const html = readPortalFixture('article-61244.html').replace(
      '/storage/files/26/03/28/dodatok-do-rishennya.docx',
      'javascript:alert(1)//dodatok.docx',
    );
    const { attachments } = extractArticle(html, `${NEWS}id-61244/`, config);
    expect(attachments.map((a) => a.url)).toEqual([
      `${PORTAL}/storage/files/26/03/28/rishennya-41-VIII-1.pdf`,
      `${PORTAL}/storage/files/26/03/28/rishennya-41-VIII-2.PDF`,
    ]);
  });
});

describe('the bridge on the pages in other layouts', () => {
  it('writes the same feed items as from the pages the fixtures were written in', async () => {
    const crawl = async (routes: Record<string, string>) => {
      const portal = await startFixturePortal(routes);
      try {
        const run = await runBridge({
          config,
          portalUrl: portal.url,
          cache: createEmptyCache(),
          clock: createFakeClock(),
        });
        return { run, items: JSON.parse(run.json.replaceAll(portal.url, PORTAL)).items };
      } finally {
        await portal.close();
      }
    };
    const known = await crawl(PORTAL_ROUTES);
    const other = await crawl(OTHER_LAYOUT_ROUTES);
    expect(other.items).toHaveLength(6);
    expect(other.items).toEqual(known.items);
    expect(other.run.sections.every((s) => s.ok)).toBe(true);
  });
});
