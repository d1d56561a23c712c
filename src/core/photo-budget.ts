// A news photo (the portal's «medium66» renditions) weighs 50–150 kB; a gallery adds a few more.
// What one kept article's photos may take on average, so the budget grows with the keep limit.
const PHOTO_BYTES_PER_ARTICLE = 200_000;

/** The bytes the photo cache may hold for a keep limit (500 articles: 100 MB). */
export function getPhotoByteBudget(keep: number): number {
  return keep * PHOTO_BYTES_PER_ARTICLE;
}

/**
 * The cached photos to keep: those of the stored articles (newest first, each its photo URLs),
 * newest article first until the next one's photos would pass the byte budget. A URL missing
 * from `sizes` is not cached and takes no room. Everything else in the cache can go.
 */
export function choosePhotosToKeep(
  articleUrls: readonly (readonly string[])[],
  sizes: ReadonlyMap<string, number>,
  budget: number,
): Set<string> {
  const kept = new Set<string>();
  let total = 0;
  for (const urls of articleUrls) {
    const fresh = urls.filter((url) => sizes.has(url) && !kept.has(url));
    const bytes = fresh.reduce((sum, url) => sum + sizes.get(url)!, 0);
    if (total + bytes > budget) break;
    total += bytes;
    fresh.forEach((url) => kept.add(url));
  }
  return kept;
}
