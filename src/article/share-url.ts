/**
 * The address to share for an article: the app's own page, carrying the original portal address
 * in `src` so the link still leads somewhere once the article has left the feed.
 */
export function getShareUrl(appOrigin: string, key: string, sourceUrl: string): string {
  const url = new URL(`/news/${key}`, appOrigin);
  if (sourceUrl) url.searchParams.set('src', sourceUrl);
  return url.href;
}

/** The original address carried by a shared link, if it is a web address. */
export function getSourceFromQuery(src: string | undefined): string | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
