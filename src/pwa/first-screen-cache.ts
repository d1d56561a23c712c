import {
  FIRST_SCREEN_CACHE,
  FIRST_SCREEN_HEADERS,
  FIRST_SCREEN_URL,
  type FirstScreenMeta,
} from '../core/first-screen';

/** Keeps `html` as the list's first screen for the service worker to paint on the next start. */
export async function keepFirstScreen(html: string, meta: FirstScreenMeta): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(FIRST_SCREEN_CACHE);
  await cache.put(
    FIRST_SCREEN_URL,
    new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        [FIRST_SCREEN_HEADERS.path]: meta.path,
        [FIRST_SCREEN_HEADERS.language]: meta.language,
        [FIRST_SCREEN_HEADERS.entry]: meta.entry,
        [FIRST_SCREEN_HEADERS.textSize]: meta.textSize,
        [FIRST_SCREEN_HEADERS.theme]: meta.theme,
        [FIRST_SCREEN_HEADERS.capturedAt]: String(meta.capturedAt),
      },
    }),
  );
}
