import { FIRST_SCREEN_CACHE } from '../core/first-screen';

/**
 * Drops the list's kept first screen (core/first-screen.ts) once stored articles changed, so that
 * no start paints news that changed or went away; the list keeps itself again once re-rendered.
 * Whoever stores or removes articles calls it: the page, its refresh worker, the service worker.
 */
export async function forgetFirstScreen(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(FIRST_SCREEN_CACHE).catch(() => false);
}
