import { FIRST_SCREEN_ATTRIBUTES } from '../core/first-screen-attributes';
import { isListPath } from '../core/first-screen';
import type { Language } from '../core/settings';
import { keepFirstScreen } from '../pwa/first-screen-cache';
import { loadMessages } from './hooks/use-language-messages';

// What only makes sense while the app runs: toasts, offers and the new-articles pill.
const TRANSIENT = '.toast, .new-pill-bar, .prompt, .install-offer, [role="alert"]';

// More cards than a tall phone or a wide screen shows at once: the rest come with the app, below
// the fold, and the kept HTML (about 2 kB a card) stays quick to read and paint.
const KEPT_CARDS = 10;

/** The src of this page's entry script, which ties a capture to this build. */
function getEntryScript(): string {
  return document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
}

/**
 * The offline notice, whatever the network was at capture: shown only when the service worker
 * paints the screen offline (styles.css), so the live app, which shows it then, moves nothing.
 */
async function addOfflineNotice(copy: Element, language: Language): Promise<void> {
  copy.querySelector('.notice--offline')?.remove();
  const status = copy.querySelector('.feed-status');
  if (!status) return;
  const notice = status.ownerDocument.createElement('p');
  notice.className = 'notice notice--offline';
  notice.setAttribute(FIRST_SCREEN_ATTRIBUTES.offlineOnly, '');
  notice.textContent = (await loadMessages(language)).offlineBanner;
  status.before(notice);
}

/**
 * Keeps the list on screen now as the next start's first screen, without what only makes sense
 * live. The copy goes into a document of its own, where its photos do not load again. Loaded
 * after the list has rendered: the first load does not need it.
 */
export async function captureFirstScreen(): Promise<void> {
  const app = document.getElementById('app');
  const path = location.pathname;
  // An inert #app is a painted first screen the live app has not replaced yet.
  if (!app || app.hasAttribute('inert') || !isListPath(path)) return;
  const copy = document.implementation.createHTMLDocument('').importNode(app, true);
  for (const element of copy.querySelectorAll(TRANSIENT)) element.remove();
  for (const card of [...copy.querySelectorAll('.news-list > li')].slice(KEPT_CARDS)) card.remove();
  for (const panel of copy.querySelectorAll('.menu__panel')) panel.setAttribute('hidden', '');
  // Photos only in their frames: loading ten of them while the app starts holds the app back by
  // a quarter of a second on a slow phone (bench: warm start, live list); the app brings them.
  for (const photo of copy.querySelectorAll('img.card__thumb')) {
    const frame = photo.ownerDocument.createElement('span');
    frame.className = photo.className;
    photo.replaceWith(frame);
  }
  const root = document.documentElement;
  const language = root.lang === 'en' ? 'en' : 'uk';
  await addOfflineNotice(copy, language);
  await keepFirstScreen(copy.innerHTML, {
    path,
    language,
    entry: getEntryScript(),
    textSize: root.dataset.textSize ?? '',
    theme: root.dataset.theme ?? '',
  });
}
