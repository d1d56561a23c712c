import { queryOptions } from '@tanstack/preact-query';
import { IMAGE_CACHE } from '../core/photo-caches';
import { measureCachedPhotos } from '../refresh/photo-bytes';

/**
 * How many bytes the kept articles' photos take (the runtime photo cache), for «Місце на
 * пристрої»; null where the page has no Cache Storage.
 */
export function photoBytesQuery() {
  return queryOptions({
    queryKey: ['storage', 'photo-bytes'] as const,
    queryFn: async (): Promise<number | null> => {
      if (typeof caches === 'undefined') return null;
      // caches.open would create the cache the worker owns; an absent one holds nothing.
      if (!(await caches.has(IMAGE_CACHE))) return 0;
      const sizes = await measureCachedPhotos(await caches.open(IMAGE_CACHE));
      return [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    },
  });
}
