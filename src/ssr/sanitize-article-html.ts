import { load } from 'cheerio';
import { sanitizeContentHtml } from '../portal-bridge/sanitize-content-html';

/** Sanitized article HTML; on the server a plain string (no Trusted Types there). */
export type TrustedArticleHtml = string;

/**
 * The server's stand-in for src/article-html/sanitize.ts in the rendered pages (the SSR build aliases
 * it): the same allowlist applied with cheerio instead of DOMPurify, which needs a DOM, and the
 * same finishing touches (links open outside the app, photos load lazily), so the page the
 * server sends and the one the app renders agree.
 */
export function toTrustedArticleHtml(
  html: string,
  baseUrl?: string,
  options: { holdImages?: boolean } = {},
): TrustedArticleHtml {
  const $ = load(sanitizeContentHtml(html, baseUrl ?? ''), null, false);
  $('a[href]').each((_, link) => {
    if (($(link).attr('href') ?? '').startsWith('#')) return;
    $(link).attr('target', '_blank').attr('rel', 'noopener noreferrer');
  });
  $('img').each((_, image) => {
    const img = $(image);
    if (!img.attr('src')) return void img.remove();
    img.attr('loading', 'lazy').attr('decoding', 'async');
    if (img.attr('alt') === undefined) img.attr('alt', '');
    if (options.holdImages) img.attr('data-held-src', img.attr('src')!).removeAttr('src');
  });
  return $.html();
}
