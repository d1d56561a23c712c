/**
 * A short, stable, URL-safe key for an article id: 64 bits of two FNV-1a hashes in base 36.
 * Stable across devices and versions, because shared links carry it.
 */
export function getArticleKey(id: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000197) ^ (h1 >>> 15);
  }
  const hi = (h1 >>> 0).toString(36).padStart(7, '0');
  const lo = (h2 >>> 0).toString(36).padStart(7, '0');
  return hi + lo;
}

/** Whether a string looks like a key made by getArticleKey (guards route parameters). */
export function isArticleKey(value: string): boolean {
  return /^[0-9a-z]{14}$/.test(value);
}
