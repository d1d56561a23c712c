// A second FNV-1a beside getArticleKey (core/ids.ts), on purpose: each is frozen by what carries
// it (stored article ids here, shared links there), so neither can become the other, and sharing
// a module would move this one into the first screen's bundle.

/**
 * A stable 64-bit hash of a string as 16 hex digits (FNV-1a with two offset bases), for ids of
 * items that have no id and no link. Changing it would duplicate stored articles.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
