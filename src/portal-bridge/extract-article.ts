import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import { MarkupError } from './bridge-errors';
import { getCanonicalArticleUrl } from './canonical-url';
import { extractAttachments, type PortalAttachment } from './extract-attachments';
import { extractImages, type PortalImage } from './extract-images';
import { findArticleParts, getHeadTitle, isPageChrome } from './find-article-parts';
import { collapseWhitespace } from '../core/text';
import { getTextLines } from './text-lines';
import { parseUkrainianDate } from './parse-ukrainian-date';
import type { PortalConfig } from './portal-config';
import { resolveHttpUrl } from './resolve-http-url';

/** What one article page says, ready to become a feed item. */
export interface PortalArticle {
  /** Canonical absolute URL: the page's own rel=canonical when it names an article, else its URL. */
  url: string;
  title: string;
  /** ISO 8601 with Kyiv's offset, from the page or else the list; null when neither shows one. */
  published: string | null;
  /** Inner HTML of the body, URLs made absolute, scripts and configured chrome removed. */
  bodyHtml: string;
  images: PortalImage[];
  attachments: PortalAttachment[];
  /** The signature line closing the body («Пресслужба …»), when there is one. */
  author: string | null;
}

/** What the list said of an article: the fallback for what its page does not show. */
export interface ArticleHints {
  listTitle?: string;
  listDate?: string | null;
  /** Told of every part the page lacks and what stood in for it; never fatal. */
  warn?: (line: string) => void;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'];

/**
 * Reads an article page without relying on the wrappers around it: the body by its selector
 * wherever it sits; the title from the heading nearest to it, else og:title, else <title>, else
 * the list; the date from the article, else the list; photos from the article, its body and
 * og:image. Throws MarkupError naming the body's selector only when the page has no body.
 */
export function extractArticle(
  html: string,
  pageUrl: string,
  config: Pick<PortalConfig, 'article' | 'attachmentTypes' | 'signaturePatterns'>,
  hints: ArticleHints = {},
): PortalArticle {
  const { article } = config;
  const warn = (line: string) => hints.warn?.(`${pageUrl}: ${line}`);
  const $ = load(html);
  for (const selector of article.remove) $(selector).remove();
  const parts = findArticleParts($, article);
  if (!parts) throw MarkupError.forSelector(article.body, pageUrl);
  const { body, heading, scope } = parts;
  const title = getTitle($, heading, article.title, hints.listTitle, warn);
  if (!title) throw MarkupError.forSelector(article.title, pageUrl, 'found no title');
  const images = extractImages(
    $,
    scope.find(article.images).add(body.find('img')),
    body,
    pageUrl,
    title,
  );
  addHeadImage($, images, scope, pageUrl, title);
  const attachments = extractAttachments(
    $,
    scope.find(article.attachments),
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
    published: getDate($, scope, article.date, hints.listDate ?? null, warn),
    bodyHtml: (body.html() ?? '').trim(),
    images,
    attachments,
    author: findSignature(body, config.signaturePatterns),
  };
}

function getTitle(
  $: CheerioAPI,
  heading: Cheerio<AnyNode> | null,
  selector: string,
  listTitle: string | undefined,
  warn: (line: string) => void,
): string | null {
  if (heading) return collapseWhitespace(heading.text());
  const fallback = getHeadTitle($) ?? (listTitle ? { text: listTitle, source: 'the list' } : null);
  if (fallback) warn(`no title in "${selector}"; taken from ${fallback.source}`);
  return fallback?.text ?? null;
}

function getDate(
  $: CheerioAPI,
  scope: Cheerio<AnyNode>,
  selector: string,
  listDate: string | null,
  warn: (line: string) => void,
): string | null {
  for (const element of scope.find(selector).toArray()) {
    if (isPageChrome($(element))) continue;
    const date = parseUkrainianDate($(element).text());
    if (date) return date;
  }
  warn(
    `no readable date in "${selector}"; ${listDate ? "the list's date is used" : 'none in the list either'}`,
  );
  return listDate;
}

/**
 * og:image as the lead photo when the article shows none outside its body, unless the page
 * shows that image outside the article too (a logo set as every page's og:image).
 */
function addHeadImage(
  $: CheerioAPI,
  images: PortalImage[],
  scope: Cheerio<AnyNode>,
  pageUrl: string,
  title: string,
): void {
  const url = resolveHttpUrl($('meta[property="og:image"]').attr('content'), pageUrl);
  if (!url || images.some((i) => !i.inBody || i.url === url)) return;
  const inScope = new Set(scope.find('img').toArray());
  const isChrome = $('img')
    .toArray()
    .some((img) => !inScope.has(img) && resolveHttpUrl($(img).attr('src'), pageUrl) === url);
  if (isChrome) return;
  const alt = collapseWhitespace($('meta[property="og:image:alt"]').attr('content') ?? '');
  images.unshift({ url, alt: alt || title, inBody: false });
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
