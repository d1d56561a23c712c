import { getImageId, getRenditionPath } from './image-renditions';
import { isLeadPhotoInBody, WARMED_LEAD_RENDITION } from './photo-sources';
import type { Article } from './types';

// URL exists in windows, workers and Node, but not in lib ES2022, which core compiles against.
const { URL } = globalThis as unknown as {
  URL: new (url: string, base?: string) => { href: string; protocol: string };
};

const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

type ImageFields = Pick<Article, 'image' | 'contentHtml' | 'url'>;

function collectImageUrls(article: ImageFields, withLead: boolean): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    try {
      const url = new URL(raw.replace(/&amp;/g, '&'), article.url || undefined);
      if (url.protocol === 'https:' || url.protocol === 'http:') found.add(url.href);
    } catch {
      // A relative URL without a base, or garbage: there is nothing to prefetch.
    }
  };
  if (withLead && article.image) add(article.image.url);
  for (const match of article.contentHtml.matchAll(IMG_SRC))
    add(match[1] ?? match[2] ?? match[3] ?? '');
  return [...found];
}

/**
 * Every photo an article shows (lead image and body images), as absolute http(s) URLs, so the
 * service worker can fetch them before the reader goes offline. Reads the stored raw HTML
 * without a DOM because the worker has none.
 */
export function listArticleImageUrls(article: ImageFields): string[] {
  return collectImageUrls(article, true);
}

/**
 * The photo URLs the app's screens request for an article. Where the site's server makes
 * renditions (`renditionsOrigin` is the site's origin), the lead photo is its card thumbnail and
 * the width the worker warms, on that origin; body photos stay as the feed names them. Without
 * renditions, the same as listArticleImageUrls.
 */
export function listShownImageUrls(
  article: ImageFields,
  renditionsOrigin: string | null,
): string[] {
  const lead = article.image?.url ?? '';
  if (renditionsOrigin === null || getImageId(lead) === null) return listArticleImageUrls(article);
  const paths = [getRenditionPath(lead, 'thumb', 'webp')!];
  if (!isLeadPhotoInBody(article)) {
    paths.push(getRenditionPath(lead, WARMED_LEAD_RENDITION, 'webp')!);
  }
  const rendered = paths.map((path) => new URL(path, renditionsOrigin).href);
  return [...new Set([...rendered, ...collectImageUrls(article, false)])];
}
