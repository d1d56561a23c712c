import { FIRST_SCREEN_ATTRIBUTES } from '../core/first-screen-attributes';

// Long enough for a slow phone's first read of IndexedDB; a stuck start shows the live app anyway.
const REVEAL_AT_LATEST_MS = 5_000;

let waiting: { shown: HTMLElement; live: HTMLElement } | null = null;

/**
 * Where the app renders. When the service worker painted a kept first screen into #app (see
 * core/first-screen.ts), the app renders off-screen into a new #app and shows it once the list is
 * ready (`revealLiveApp`), so the resident never sees the screen go back to a skeleton. A first
 * screen of another list or language is dropped at once.
 */
export function takeAppRoot(shown: HTMLElement, path: string, language: string): HTMLElement {
  if (!shown.hasAttribute(FIRST_SCREEN_ATTRIBUTES.path)) return shown;
  const live = document.createElement('div');
  live.id = 'app';
  waiting = { shown, live };
  const fits =
    shown.getAttribute(FIRST_SCREEN_ATTRIBUTES.path) === path &&
    shown.getAttribute(FIRST_SCREEN_ATTRIBUTES.language) === language;
  if (fits) setTimeout(revealLiveApp, REVEAL_AT_LATEST_MS);
  else revealLiveApp();
  return live;
}

/** Puts the live app in place of the painted first screen (once; later calls do nothing). */
export function revealLiveApp(): void {
  if (!waiting) return;
  const { shown, live } = waiting;
  waiting = null;
  shown.replaceWith(live);
}
