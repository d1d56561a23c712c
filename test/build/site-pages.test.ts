import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoHandlers } from '../../mocks/handlers';
import { getArticleKey } from '../../src/core/ids';
import { normalizeFeedArticle } from '../../src/core/normalize-article';
import { DEFAULT_PREFERENCES } from '../../src/core/settings';
import { parseFeed } from '../../src/feed/parse';
import type { FeedArticle, ParsedFeed } from '../../src/core/types';
import { toSiteData } from '../../src/server/pages/site-data';
import { createSitePages, type PageRenderer } from '../../src/server/pages/site-pages';
import { XSS_VECTORS } from '../unit/article-html/xss-vectors';

const ROOT = join(import.meta.dirname, '../..');
const LOOK = { preferences: DEFAULT_PREFERENCES };
const SITE = 'https://news.example.gov.ua';
const PORTAL = 'https://rada.example';
let renderer: PageRenderer;
let shell: string;
let demo: ParsedFeed;

beforeAll(async () => {
  // The builds `npm test` made before this project: the shell and the server's renderer.
  shell = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  renderer = (await import(
    pathToFileURL(join(ROOT, 'dist-ssr/render-pages.js')).href
  )) as PageRenderer;
  const { handlers } = createDemoHandlers({ origin: PORTAL, newItemEveryMs: 0 });
  const response = await getResponse(handlers, new Request(`${PORTAL}/api/feed`));
  demo = parseFeed(await response!.text(), { url: `${PORTAL}/api/feed` });
});

function pagesOf(articles: FeedArticle[]) {
  const data = toSiteData({ ...demo, articles }, `${PORTAL}/api/feed`, '2026-12-06T10:00:00.000Z');
  return createSitePages(data, {
    renderer,
    shell,
    siteUrl: SITE,
    portalOrigins: [PORTAL],
    getPreviewImage: (article) => ({
      url: article.image!.url,
      width: 800,
      height: 533,
      alt: 'Фото',
    }),
    cityCard: { url: `${SITE}/og-card.png`, width: 1200, height: 630, alt: 'Вістки' },
    hasRenditions: false,
  });
}

const keyOf = (_pages: unknown, article: FeedArticle) => getArticleKey(article.id);

describe('the server’s pages, rendered by the built renderer', () => {
  it('show a demo article whole, with its metadata, in the built shell', () => {
    const article = demo.articles.find((a) => a.image && a.author === null)!;
    const pages = pagesOf(demo.articles);
    const key = keyOf(pages, article);
    const page = pages.article(key, `/news/${key}`, undefined, LOOK);
    expect(page.status).toBe(200);
    const $ = load(page.html);
    expect($('#app').attr('data-first-screen')).toBe(`/news/${key}`);
    expect($('h1.article__title').text()).toBe(article.title);
    expect($('.article__figure img').attr('src')).toBe(article.image!.url);
    expect($('.article-body p').length).toBeGreaterThan(1);
    expect($('a.button[href]').last().attr('href')).toBe(article.url);
    expect($('script[type="module"][src^="/assets/"]').length).toBe(1);
    expect($('noscript').length).toBe(0);
    expect($('title').text()).toBe(`${article.title} — Вістки`);
    expect($('link[rel="canonical"]').attr('href')).toBe(article.url);
    expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}/news/${key}`);
    expect($('meta[property="og:image"]').attr('content')).toBe(article.image!.url);
    expect($('meta[property="og:image:width"]').attr('content')).toBe('800');
  });

  it('paint in the resident’s look and download no photo under the data saver', () => {
    const article = demo.articles.find((a) => a.image)!;
    const pages = pagesOf(demo.articles);
    const look = {
      preferences: { ...DEFAULT_PREFERENCES, dataSaver: true, theme: 'dark' as const, textSize: 4 },
    };
    const list = load(pages.list(null, '/', look)!.html);
    expect(list('html').attr('data-theme')).toBe('dark');
    expect(list('html').attr('data-text-size')).toBe('4');
    expect(list('.news-list > li').length).toBeGreaterThan(0);
    expect(list('img.card__thumb').length).toBe(0);
    const key = keyOf(pages, article);
    const $ = load(pages.article(key, `/news/${key}`, undefined, look).html);
    expect($('.article__figure img, .article-body img[src]').length).toBe(0);
    expect($('button.photo-button').length).toBe(1);
  });

  it('give an article without a photo the city’s card', () => {
    const article = { ...demo.articles[0]!, image: null, contentHtml: '<p>Текст без фото.</p>' };
    const pages = pagesOf([article]);
    const key = keyOf(pages, article);
    const $ = load(pages.article(key, `/news/${key}`, undefined, LOOK).html);
    expect($('.article__figure').length).toBe(0);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/og-card.png`);
    expect($('meta[property="og:image:height"]').attr('content')).toBe('630');
  });

  it.each(XSS_VECTORS.map((vector) => [vector.name, vector.html]))(
    'keep a hostile article harmless: %s',
    (_name, hostile) => {
      const article: FeedArticle = {
        ...demo.articles[0]!,
        title: `Сесія ${hostile} </script><!-- "`,
        summary: `Лід ${hostile}`,
        contentHtml: hostile,
        author: hostile,
        categories: [`Розділ ${hostile}`],
      };
      const pages = pagesOf([article]);
      const key = keyOf(pages, article);
      const $ = load(pages.article(key, `/news/${key}`, undefined, LOOK).html);
      // As stored: whitespace and control characters collapsed, nothing else changed.
      const { title } = normalizeFeedArticle(article);
      expect($('h1.article__title').text()).toBe(title);
      expect($('title').text()).toBe(`${title} — Вістки`);
      expect($('meta[property="og:title"]').attr('content')).toBe(title);
      expect(JSON.parse($('script[type="application/ld+json"]').text()).headline).toBeTruthy();
      // The built shell's module script and the JSON-LD data block; nothing else runs.
      expect($('script').length).toBe(2);
      expect(
        $('iframe, object, embed, form, base, meta[http-equiv], style, link:not([rel])').length,
      ).toBe(0);
      const handlers = $('*')
        .toArray()
        .flatMap((el) => Object.keys((el as { attribs?: object }).attribs ?? {}))
        .filter((name) => /^on/i.test(name));
      expect(handlers).toEqual([]);
      expect($('[href^="javascript:" i], [src^="javascript:" i], [src^="data:" i]').length).toBe(0);
    },
  );

  it('answer an article gone from the feed with 404, linking the portal only for a portal src', () => {
    const pages = pagesOf(demo.articles);
    const portal = `${PORTAL}/news/id-52892/`;
    const withPortal = pages.article('0000000000zzzz', '/news/0000000000zzzz', portal, LOOK);
    expect(withPortal.status).toBe(404);
    const $ = load(withPortal.html);
    expect($('h1').first().text()).toBe('Цієї новини вже немає у стрічці');
    expect($(`a[href="${portal}"]`).text()).toContain('Відкрити на порталі');
    expect($('.news-list > li').length).toBeGreaterThan(0);

    const foreign = pages.article(
      '0000000000zzzz',
      '/news/0000000000zzzz',
      'https://evil.example/pay',
      LOOK,
    );
    const $foreign = load(foreign.html);
    expect(foreign.status).toBe(404);
    expect($foreign('a[href*="evil.example"]').length).toBe(0);
    expect($foreign('link[rel="canonical"]').attr('href')).toBe(`${SITE}/`);
  });
});
