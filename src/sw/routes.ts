import { registerQuotaErrorCallback } from 'workbox-core';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { IMAGE_CACHE, SAVED_IMAGE_CACHE } from '../core/photo-caches';

/**
 * CacheFirst for photos: once seen (or prefetched), a photo shows offline. IMAGE_CACHE has no
 * count or age limit of its own, which would drop kept articles' photos while their text stays:
 * it follows the keep limit instead, pruned to the stored articles' photos within the byte
 * budget (pruneImageCache in image-caches.ts), and a quota error empties it.
 */
export const imageStrategy = new CacheFirst({
  cacheName: IMAGE_CACHE,
  plugins: [
    // 0 is an opaque cross-origin photo; anything else (404, 500) must not be kept.
    new CacheableResponsePlugin({ statuses: [0, 200] }),
  ],
});

/** A saved article's photo from its own cache, which nothing prunes; else CacheFirst. */
async function handleImage(options: RouteHandlerCallbackOptions): Promise<Response> {
  const saved = await (await caches.open(SAVED_IMAGE_CACHE)).match(options.request);
  return saved ?? imageStrategy.handle(options);
}

/** Registers the runtime routes: every image request that the precache did not answer. */
export function registerRuntimeRoutes(): void {
  registerRoute(({ request }) => request.destination === 'image', handleImage);
  // Photos come back from the network; the articles and the saved photos must not be lost.
  registerQuotaErrorCallback(() => caches.delete(IMAGE_CACHE));
}
