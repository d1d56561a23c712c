// URL exists in windows, workers and Node, but not in lib ES2022 (see feed/decode.ts).
const { URL } = globalThis as unknown as {
  URL: new (
    url: string,
    base?: string,
  ) => { href: string; searchParams: { set(name: string, value: string): void } };
};

// Long decision titles would make links too long for a text message.
const TITLE_IN_URL = 120;

/**
 * The address to share for an article: the app's own page, carrying the original portal address
 * in `src` so the link still leads somewhere once the article has left the feed.
 */
export function getShareUrl(appOrigin: string, key: string, sourceUrl: string, title = ''): string {
  const url = new URL(`/news/${key}`, appOrigin);
  if (sourceUrl) url.searchParams.set('src', sourceUrl);
  // The title lets a cold link show what it is about before the feed has arrived.
  if (title)
    url.searchParams.set(
      't',
      title.length > TITLE_IN_URL ? `${title.slice(0, TITLE_IN_URL)}…` : title,
    );
  return url.href;
}

/** The title a shared link carries, shown while the article loads. */
export function getTitleFromQuery(t: string | undefined): string | null {
  const title = t?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, TITLE_IN_URL + 1) : null;
}
