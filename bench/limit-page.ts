import { createHash } from 'node:crypto';
import { formatArticleDate } from '../src/core/format-date';
import { uk } from '../src/core/i18n/uk';
import { getArticleKey } from '../src/core/ids';
import type { FeedArticle } from '../src/core/types';
import { parseFeed } from '../src/feed/parse';
import type { BenchResponse } from './bench-server';
import { LIMIT_PAGE_CSS } from './limit-page-css';

/** Where the bench serves the limit page. */
export const LIMIT_PAGE_PATH = '/bench/limit.html';

/** The limit page's first article title, as `.news-list .card__link` is the app's. */
export const LIMIT_PAGE_FIRST_TITLE = 'ol li h2 a';

/** How many items the list's first screen and the limit page show. */
const FIRST_SCREEN_ITEMS = 20;
// The same number of eager thumbnails as the app's list (src/ui/components/article-list.tsx).
const EAGER_IMAGES = 4;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderCard(article: FeedArticle, index: number): string {
  const date = article.published
    ? `<time datetime="${article.published}">${formatArticleDate(article.published, uk.locale)}</time>`
    : '';
  const category = article.categories[0] ? `<span>${escapeHtml(article.categories[0])}</span>` : '';
  const image = article.image
    ? `<img src="${escapeHtml(new URL(article.image.url).pathname)}" alt="${escapeHtml(article.image.alt)}" width="136" height="96"${index < EAGER_IMAGES ? '' : ' loading="lazy"'}>`
    : '';
  return (
    `<li><h2><a href="/news/${getArticleKey(article.id)}">${escapeHtml(article.title)}</a></h2>` +
    `<p class="meta">${date}${category}</p>` +
    (article.summary ? `<p class="sum">${escapeHtml(article.summary)}</p>` : '') +
    `${image}</li>`
  );
}

/** The newest items of a feed, newest first, as the app's list orders them. */
export function listNewest(feed: string, count = FIRST_SCREEN_ITEMS): FeedArticle[] {
  return parseFeed(feed)
    .articles.filter((a) => a.published !== null)
    .sort((a, b) => (a.published! < b.published! ? 1 : -1))
    .slice(0, count);
}

/**
 * The physical limit of the list's first screen: one static HTML document with its CSS inline
 * and no JavaScript, showing the same items with the same structure. Its CSP allows exactly
 * that one stylesheet by hash, so it is as locked down as the app.
 */
export function renderLimitPage(articles: readonly FeedArticle[]): BenchResponse {
  const html =
    `<!doctype html><html lang="uk"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${uk.listHeading} — ${uk.appName}</title>` +
    `<meta name="description" content="${uk.listDescription}">` +
    `<link rel="icon" href="/favicon.svg" type="image/svg+xml">` +
    `<style>${LIMIT_PAGE_CSS}</style></head><body>` +
    `<header><div class="bar"><img src="/favicon.svg" width="36" height="36" alt="">` +
    `<span><b>${uk.cityCouncil}</b><small>${uk.appName} · ${uk.newsTitle}</small></span></div></header>` +
    `<main><h1>${uk.listHeading}</h1><p class="status">${uk.updatedAgo('щойно')}</p>` +
    `<ol>${articles.map(renderCard).join('')}</ol></main></body></html>`;
  const styleHash = createHash('sha256').update(LIMIT_PAGE_CSS).digest('base64');
  return {
    type: 'text/html; charset=utf-8',
    body: html,
    headers: {
      'Content-Security-Policy': `default-src 'self'; style-src 'sha256-${styleHash}'`,
    },
  };
}
