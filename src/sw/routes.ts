import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';

/** The runtime cache of article photos. */
export const IMAGE_CACHE = 'vistky-images-v1';

/**
 * The photos of saved articles, copied here from IMAGE_CACHE when an article is saved. It has no
 * expiration on purpose: saved articles are never evicted, so neither are their photos; an entry
 * leaves only when no saved article uses it any more (saved-images.ts keeps it in step).
 */
export const SAVED_IMAGE_CACHE = 'vistky-saved-images-v1';

// Enough photos for the stored feed several times over; opaque (cross-origin) entries are padded
// heavily in quota accounting, so the count stays modest and quota errors purge the cache.
const IMAGE_MAX_ENTRIES = 400;
const IMAGE_MAX_AGE_SECONDS = 60 * 24 * 60 * 60;

/** CacheFirst for photos: once seen (or prefetched), a photo shows offline. */
export const imageStrategy = new CacheFirst({
  cacheName: IMAGE_CACHE,
  plugins: [
    // 0 is an opaque cross-origin photo; anything else (404, 500) must not be kept.
    new CacheableResponsePlugin({ statuses: [0, 200] }),
    new ExpirationPlugin({
      maxEntries: IMAGE_MAX_ENTRIES,
      maxAgeSeconds: IMAGE_MAX_AGE_SECONDS,
      purgeOnQuotaError: true,
    }),
  ],
});

/** A saved article's photo from its own cache, which expiration never purges; else CacheFirst. */
async function handleImage(options: RouteHandlerCallbackOptions): Promise<Response> {
  const saved = await (await caches.open(SAVED_IMAGE_CACHE)).match(options.request);
  return saved ?? imageStrategy.handle(options);
}

/** Registers the runtime routes: every image request that the precache did not answer. */
export function registerRuntimeRoutes(): void {
  registerRoute(({ request }) => request.destination === 'image', handleImage);
}
