import { describe, expect, it } from 'vitest';
import { DEFAULT_KEEP_UNSAVED } from '../../../src/core/keep-limit';
import { choosePhotosToKeep, getPhotoByteBudget } from '../../../src/core/photo-budget';

const KB = 1000;
const photo = (n: number) => `https://rada.example/storage/images/${n}-medium66.jpg`;

/** `count` articles, newest first, each with one photo of `bytes`. */
function articles(count: number, bytes: number) {
  const urls = Array.from({ length: count }, (_, i) => [photo(i)]);
  const sizes = new Map(urls.map(([url]) => [url!, bytes]));
  return { urls, sizes };
}

describe('choosePhotosToKeep', () => {
  it('keeps the photo of every kept article, 500 by default, not 400', () => {
    const { urls, sizes } = articles(DEFAULT_KEEP_UNSAVED, 80 * KB);
    const kept = choosePhotosToKeep(urls, sizes, getPhotoByteBudget(DEFAULT_KEEP_UNSAVED));
    expect(kept.size).toBe(DEFAULT_KEEP_UNSAVED);
  });

  it('keeps every photo of a 2,000-article limit when they fit its budget', () => {
    const { urls, sizes } = articles(2000, 80 * KB);
    expect(choosePhotosToKeep(urls, sizes, getPhotoByteBudget(2000)).size).toBe(2000);
  });

  it('lets the oldest articles’ photos go first when the photos outgrow the byte budget', () => {
    const { urls, sizes } = articles(10, 300 * KB);
    const kept = choosePhotosToKeep(urls, sizes, 1000 * KB);
    expect([...kept]).toEqual([photo(0), photo(1), photo(2)]);
  });

  it('counts a photo two articles share once, and keeps it for the newer one', () => {
    const urls = [[photo(1)], [photo(2), photo(1)], [photo(3)]];
    const sizes = new Map([photo(1), photo(2), photo(3)].map((url) => [url, 400 * KB]));
    expect(choosePhotosToKeep(urls, sizes, 800 * KB)).toEqual(new Set([photo(1), photo(2)]));
  });

  it('needs no room for photos that are not cached', () => {
    const kept = choosePhotosToKeep([[photo(1)], [photo(2)]], new Map([[photo(2), 10]]), 10);
    expect(kept).toEqual(new Set([photo(2)]));
  });
});

describe('getPhotoByteBudget', () => {
  it('grows with the keep limit', () => {
    expect(getPhotoByteBudget(1000)).toBe(2 * getPhotoByteBudget(500));
  });
});
