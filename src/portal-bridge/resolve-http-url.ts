/** An absolute http(s) URL for a link or image on a page, or null for any other scheme or a bad URL. */
export function resolveHttpUrl(value: string | undefined, pageUrl: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
