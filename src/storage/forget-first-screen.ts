import {
  FIRST_SCREEN_CACHE,
  FIRST_SCREEN_FORGOTTEN_URL,
  FIRST_SCREEN_URL,
} from '../core/first-screen';

/**
 * Drops the list's kept first screen (core/first-screen.ts), so that no start paints news that
 * changed or went away; the list keeps itself again once re-rendered. Storage's own writes call
 * it whenever articles come, change or go (put-feed-articles.ts, eviction.ts), so no writer can
 * forget to, whoever runs them (the page, its refresh worker, the service worker); a change of
 * the reader's look calls it too. It also notes when, so that a capture read before now and
 * written after is not used either.
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
