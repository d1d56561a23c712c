import type { ArticleUrlPattern } from './portal-config';

/**
 * The canonical absolute URL of an article link (same origin, path matching one of the
 * configured forms, e.g. `/news/id-835` → `/news/id-835/`), or null when it is not an article.
 */
export function getCanonicalArticleUrl(
  href: string,
  pageUrl: string,
  patterns: readonly ArticleUrlPattern[],
): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== new URL(pageUrl).origin) return null;
  for (const pattern of patterns) {
    const match = new RegExp(pattern.match, 'u');
    if (match.test(url.pathname)) {
      return new URL(url.pathname.replace(match, pattern.canonical), url.origin).href;
    }
  }
  return null;
}
