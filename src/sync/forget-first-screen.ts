import {
  FIRST_SCREEN_CACHE,
  FIRST_SCREEN_FORGOTTEN_URL,
  FIRST_SCREEN_URL,
} from '../core/first-screen';

/**
 * Drops the list's kept first screen (core/first-screen.ts) once stored articles changed, so that
 * no start paints news that changed or went away; the list keeps itself again once re-rendered.
 * Whoever stores or removes articles calls it: the page, its refresh worker, the service worker.
 * It also notes when, so that a capture read before now and written after is not used either.
 */
export async function forgetFirstScreen(): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(FIRST_SCREEN_CACHE);
    await cache.put(FIRST_SCREEN_FORGOTTEN_URL, new Response(String(Date.now())));
    await cache.delete(FIRST_SCREEN_URL);
  } catch {
    // No Cache Storage (a private window, a full disk): nothing was kept to paint either.
  }
}
