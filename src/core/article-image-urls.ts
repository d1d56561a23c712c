import type { Article } from './types';

// URL exists in windows, workers and Node, but not in lib ES2022, which core compiles against.
const { URL } = globalThis as unknown as {
  URL: new (url: string, base?: string) => { href: string; protocol: string };
};

const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * Every photo an article shows (lead image and body images), as absolute http(s) URLs, so the
 * service worker can fetch them before the reader goes offline. Reads the stored raw HTML
 * without a DOM because the worker has none.
 */
export function listArticleImageUrls(
  article: Pick<Article, 'image' | 'contentHtml' | 'url'>,
): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    try {
      const url = new URL(raw.replace(/&amp;/g, '&'), article.url || undefined);
      if (url.protocol === 'https:' || url.protocol === 'http:') found.add(url.href);
    } catch {
      // A relative URL without a base, or garbage: there is nothing to prefetch.
    }
  };
  if (article.image) add(article.image.url);
  for (const match of article.contentHtml.matchAll(IMG_SRC))
    add(match[1] ?? match[2] ?? match[3] ?? '');
  return [...found];
}
