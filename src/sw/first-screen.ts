import {
  FIRST_SCREEN_CACHE,
  FIRST_SCREEN_FORGOTTEN_URL,
  FIRST_SCREEN_HEADERS,
  FIRST_SCREEN_URL,
  fillShell,
  firstScreenFits,
  isCaptureCurrent,
} from '../core/first-screen';

/**
 * The shell for a navigation to `path`, with the kept first screen inside when there is one for
 * that list and this build. Any failure (no cache, a quota error) serves the plain shell: the
 * first screen only ever makes a start faster, never stops one.
 */
export async function withFirstScreen(shell: Response, path: string): Promise<Response> {
  if (!shell.ok) return shell;
  try {
    const cache = await caches.open(FIRST_SCREEN_CACHE);
    const kept = await cache.match(FIRST_SCREEN_URL);
    const capturedPath = kept?.headers.get(FIRST_SCREEN_HEADERS.path);
    if (!kept || !capturedPath || !firstScreenFits(path, capturedPath)) return shell;
    const forgotten = await cache.match(FIRST_SCREEN_FORGOTTEN_URL);
    const capturedAt = Number(kept.headers.get(FIRST_SCREEN_HEADERS.capturedAt));
    if (!isCaptureCurrent(capturedAt, forgotten ? Number(await forgotten.text()) : null)) {
      return shell;
    }
    const meta = {
      path: capturedPath,
      language: kept.headers.get(FIRST_SCREEN_HEADERS.language) ?? '',
      entry: kept.headers.get(FIRST_SCREEN_HEADERS.entry) ?? '',
      textSize: kept.headers.get(FIRST_SCREEN_HEADERS.textSize) ?? '',
      theme: kept.headers.get(FIRST_SCREEN_HEADERS.theme) ?? '',
      capturedAt,
    };
    const html = await kept.text();
    // The live list shows its offline notice on this signal (and after a refresh that failed for
    // want of network, which this cannot know: then the notice comes in at the take-over).
    const filled = fillShell(await shell.clone().text(), html, meta, !navigator.onLine);
    if (filled === null) return shell;
    const headers = new Headers(shell.headers);
    headers.delete('Content-Length');
    return new Response(filled, { status: shell.status, statusText: shell.statusText, headers });
  } catch {
    return shell;
  }
}
