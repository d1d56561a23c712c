import { FIRST_SCREEN_ATTRIBUTES } from '../core/first-screen-attributes';

// Long enough for a slow phone's first read of IndexedDB; a stuck start shows the live app anyway.
const REVEAL_AT_LATEST_MS = 5_000;

let waiting: { shown: HTMLElement; live: HTMLElement } | null = null;

/**
 * Where the app renders. When #app already holds a first screen (the service worker's kept copy
 * of the list, see core/first-screen.ts, or the page the server rendered), the app renders
 * off-screen into a new #app and shows it once its screen is ready (`revealLiveApp`), so the
 * resident never sees the screen go back to a skeleton. A first screen of another path or
 * language is dropped at once.
 */
export function takeAppRoot(shown: HTMLElement, path: string, language: string): HTMLElement {
  if (!shown.hasAttribute(FIRST_SCREEN_ATTRIBUTES.path)) return shown;
  const live = document.createElement('div');
  live.id = 'app';
  waiting = { shown, live };
  const fits =
    shown.getAttribute(FIRST_SCREEN_ATTRIBUTES.path) === path &&
    shown.getAttribute(FIRST_SCREEN_ATTRIBUTES.language) === language;
  // A kept screen is inert, so a stuck start must not hold it for long; a page the server sent
  // is live (its links work) and stays until the app has the same content to show.
  if (!fits) revealLiveApp();
  else if (shown.hasAttribute('inert')) setTimeout(revealLiveApp, REVEAL_AT_LATEST_MS);
  return live;
}

/** Whether the app renders off-screen, behind a painted first screen it will take over. */
export function isBehindFirstScreen(): boolean {
  return waiting !== null;
}

/** Puts the live app in place of the painted first screen (once; later calls do nothing). */
export function revealLiveApp(): void {
  if (!waiting) return;
  const { shown, live } = waiting;
  waiting = null;
  shown.replaceWith(live);
}
