import { registerQuotaErrorCallback } from 'workbox-core';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { listStandInPaths } from '../core/image-renditions';
import { IMAGE_CACHE, SAVED_IMAGE_CACHE } from '../core/photo-caches';
import { isCacheablePhoto } from '../refresh/photo-response';

declare const self: ServiceWorkerGlobalScope;

/**
 * CacheFirst for photos: once seen (or prefetched), a photo shows offline. IMAGE_CACHE has no
 * count or age limit of its own, which would drop kept articles' photos while their text stays:
 * it follows the keep limit instead, pruned to the stored articles' photos within the byte
 * budget (pruneImageCache in image-caches.ts), and a quota error empties it.
 */
export const imageStrategy = new CacheFirst({
  cacheName: IMAGE_CACHE,
  // A 200 image/* or an opaque cross-origin photo; never an error, nor the app shell that a
  // relative `src="x"` gets back with 200.
  plugins: [
    { cacheWillUpdate: async ({ response }) => (isCacheablePhoto(response) ? response : null) },
  ],
});

/**
 * A kept rendition of the same photo in another size or format: the worker warms one width of an
 * article's photo, while a screen's srcset may ask for another, and offline the one kept must do.
 */
async function findStandIn(url: URL, kept: Cache[]): Promise<Response | undefined> {
  if (url.origin !== self.location.origin) return undefined;
  for (const path of listStandInPaths(url.pathname)) {
    for (const cache of kept) {
      const found = await cache.match(path, { ignoreVary: true });
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A saved article's photo from its own cache, which nothing prunes; else CacheFirst; and when
 * that fails (offline, or a rendition of a photo the feed no longer lists), a stand-in.
 */
async function handleImage(options: RouteHandlerCallbackOptions): Promise<Response> {
  const savedPhotos = await caches.open(SAVED_IMAGE_CACHE);
  // A saved copy was fetched with CORS and may Vary on Origin, which an <img> does not send.
  const saved = await savedPhotos.match(options.request, { ignoreVary: true });
  if (saved) return saved;
  const standIn = () =>
    caches.open(IMAGE_CACHE).then((runtime) => findStandIn(options.url, [savedPhotos, runtime]));
  try {
    const response = await imageStrategy.handle(options);
    return response.ok || response.type === 'opaque' ? response : ((await standIn()) ?? response);
  } catch (error) {
    const found = await standIn();
    if (found) return found;
    throw error;
  }
}

/** Registers the runtime routes: every image request that the precache did not answer. */
export function registerRuntimeRoutes(): void {
  registerRoute(({ request }) => request.destination === 'image', handleImage);
  // Photos come back from the network: they go first when the quota runs out, except the saved
  // photos' own cache (a saved photo whose host allows no CORS lives here, and goes too).
  registerQuotaErrorCallback(() => caches.delete(IMAGE_CACHE));
}
