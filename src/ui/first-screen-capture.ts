import { formatArticleDate } from '../core/format-date';
import type { Messages } from '../core/i18n/uk';
import { OFFLINE_ATTRIBUTES, isListPath } from '../core/first-screen';
import type { ReaderPreferences } from '../core/settings';
import { getStorageStatus } from '../data/database';
import { readPreferenceMirror } from '../data/preferences';
import { keepFirstScreen } from '../pwa/first-screen-cache';
import { loadMessages } from './hooks/use-language-messages';
import { yieldToMain } from './yield-to-main';

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
 * What a start days later may still say: dates, not «5 хв тому»; the status line (when the feed
 * was checked) left blank until the app fills it; and the offline notice, shown only when the
 * service worker paints the screen offline (styles.css), so the live app, which shows it then,
 * moves nothing.
 */
function keepTimeless(copy: Element, t: Messages): void {
  for (const time of copy.querySelectorAll('.card__meta time[datetime]')) {
    time.textContent = formatArticleDate(time.getAttribute('datetime')!, t.locale);
  }
  copy.querySelector('.notice--offline')?.remove();
  const status = copy.querySelector('.feed-status');
  if (!status) return;
  status.textContent = '\u00a0';
  const notice = status.ownerDocument.createElement('p');
  notice.className = 'notice notice--offline';
  notice.setAttribute(OFFLINE_ATTRIBUTES.only, '');
  notice.textContent = t.offlineBanner;
  status.before(notice);
}

/**
 * Keeps the list on screen now as the next start's first screen, without what only makes sense
 * live. The copy goes into a document of its own, where its photos do not load again. Nothing is
 * kept off the list, before the app has taken over from a painted first screen, without a
 * database (the next start would have none of these articles), or when `preferences` are no
 * longer the resident's (another tab changed them). Loaded after the list has rendered: the first
 * load does not need it.
 */
export async function captureFirstScreen(preferences: ReaderPreferences): Promise<void> {
  // This chunk has just been evaluated: copying the list takes a task of its own.
  await yieldToMain();
  const app = document.getElementById('app');
  const path = location.pathname;
  if (!app || app.hasAttribute('inert') || !isListPath(path)) return;
  if (getStorageStatus() !== 'database') return;
  const current = readPreferenceMirror().preferences;
  const keys = Object.keys(current) as (keyof ReaderPreferences)[];
  if (keys.some((key) => current[key] !== preferences[key])) return;
  const t = await loadMessages(preferences.language);
  const capturedAt = Date.now();
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
  keepTimeless(copy, t);
  const root = document.documentElement;
  await keepFirstScreen(copy.innerHTML, {
    path,
    language: preferences.language,
    entry: getEntryScript(),
    textSize: root.dataset.textSize ?? '',
    theme: root.dataset.theme ?? '',
    capturedAt,
  });
}
