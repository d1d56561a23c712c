import { load, type Cheerio } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import { MarkupError } from './bridge-errors';
import { getCanonicalArticleUrl } from './canonical-url';
import { extractAttachments, type PortalAttachment } from './extract-attachments';
import { extractImages, type PortalImage } from './extract-images';
import { collapseWhitespace } from '../core/text';
import { getTextLines } from './text-lines';
import { parseUkrainianDate } from './parse-ukrainian-date';
import type { PortalConfig } from './portal-config';

/** What one article page says, ready to become a feed item. */
export interface PortalArticle {
  /** Canonical absolute URL: the page's own rel=canonical when it names an article, else its URL. */
  url: string;
  title: string;
  /** ISO 8601 with Kyiv's offset, or null when the page shows no readable date. */
  published: string | null;
  /** Inner HTML of the body, URLs made absolute, scripts and configured chrome removed. */
  bodyHtml: string;
  images: PortalImage[];
  attachments: PortalAttachment[];
  /** The signature line closing the body («Пресслужба …»), when there is one. */
  author: string | null;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'];

/** Reads an article page; throws MarkupError naming the selector when the title or body is gone. */
export function extractArticle(
  html: string,
  pageUrl: string,
  config: Pick<PortalConfig, 'article' | 'attachmentTypes' | 'signaturePatterns'>,
): PortalArticle {
  const { article } = config;
  const $ = load(html);
  for (const selector of article.remove) $(selector).remove();
  const title = collapseWhitespace($(article.title).first().text());
  if (!title) throw MarkupError.forSelector(article.title, pageUrl);
  const body = $(article.body).first();
  if (body.length === 0) throw MarkupError.forSelector(article.body, pageUrl);
  const images = extractImages($, article.images, body, pageUrl, title);
  const attachments = extractAttachments(
    $,
    article.attachments,
    body,
    pageUrl,
    config.attachmentTypes,
  );
  makeUrlsAbsolute(body, pageUrl);
  const canonical = $('link[rel="canonical"]').attr('href');
  return {
    url:
      (canonical && getCanonicalArticleUrl(canonical, pageUrl, article.urls)) ||
      getCanonicalArticleUrl(pageUrl, pageUrl, article.urls) ||
      pageUrl,
    title,
    published: parseUkrainianDate($(article.date).first().text()),
    bodyHtml: (body.html() ?? '').trim(),
    images,
    attachments,
    author: findSignature(body, config.signaturePatterns),
  };
}

function makeUrlsAbsolute(body: Cheerio<AnyNode>, pageUrl: string): void {
  body.find('img[data-src]').each((_, img) => {
    if (!isTag(img)) return;
    img.attribs.src = img.attribs['data-src']!;
    delete img.attribs['data-src'];
  });
  body.find('*').each((_, element) => {
    if (!isTag(element)) return;
    for (const name of URL_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value === undefined || value.startsWith('#')) continue;
      try {
        element.attribs[name] = new URL(value.trim(), pageUrl).href;
      } catch {
        // A malformed URL stays as written; the app's sanitizer decides what to do with it.
      }
    }
  });
}

function findSignature(body: Cheerio<AnyNode>, patterns: readonly string[]): string | null {
  const last = getTextLines(body.contents().toArray()).pop();
  if (!last) return null;
  return patterns.some((p) => new RegExp(p, 'iu').test(last)) ? last : null;
}
