import { isListPath } from '../core/first-screen';
import { keepFirstScreen } from '../pwa/first-screen-cache';

// What only makes sense while the app runs: toasts, offers and the new-articles pill.
const TRANSIENT = '.toast, .new-pill-bar, .prompt, .install-offer, [role="alert"]';

/** The src of this page's entry script, which ties a capture to this build. */
function getEntryScript(): string {
  return document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
}

/**
 * Keeps the list on screen now as the next start's first screen, without what only makes sense
 * live. The copy goes into a document of its own, where its photos do not load again. Loaded
 * after the list has rendered: the first load does not need it.
 */
export function captureFirstScreen(): void {
  const app = document.getElementById('app');
  const path = location.pathname;
  // An inert #app is a painted first screen the live app has not replaced yet.
  if (!app || app.inert || !isListPath(path)) return;
  const copy = document.implementation.createHTMLDocument('').importNode(app, true);
  for (const element of copy.querySelectorAll(TRANSIENT)) element.remove();
  for (const panel of copy.querySelectorAll('.menu__panel')) panel.setAttribute('hidden', '');
  const meta = { path, language: document.documentElement.lang, entry: getEntryScript() };
  void keepFirstScreen(copy.innerHTML, meta).catch(() => undefined);
}
