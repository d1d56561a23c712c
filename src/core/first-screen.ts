import { FIRST_SCREEN_ATTRIBUTES } from './first-screen-attributes';
import { escapeHtml } from './text';

/**
 * The first screen, kept as HTML: what the list looked like when the resident last saw it,
 * written by the page into Cache Storage and put into the shell by the service worker, so that
 * a warm start paints the news before any of the app's JavaScript has run. The app's own render
 * replaces it as soon as the list is ready (ui/first-screen.ts).
 */
export const FIRST_SCREEN_CACHE = 'vistky-first-screen';

/** Its two entries (never requested over the network): the HTML, and when it was last dropped. */
export const FIRST_SCREEN_URL = '/__first-screen';
export const FIRST_SCREEN_FORGOTTEN_URL = '/__first-screen-forgotten';

/** What the kept screen shows only when painted offline; styles.css knows these names too. */
export const OFFLINE_ATTRIBUTES = {
  /** On #app when the service worker had no network: shows what is marked `only`. */
  painted: 'data-first-screen-offline',
  /** Marks the offline notice. */
  only: 'data-offline-only',
} as const;

/** Response headers of the stored entry, which say what the HTML was captured from. */
export const FIRST_SCREEN_HEADERS = {
  path: 'X-Vistky-Path',
  language: 'X-Vistky-Language',
  entry: 'X-Vistky-Entry',
  textSize: 'X-Vistky-Text-Size',
  theme: 'X-Vistky-Theme',
  capturedAt: 'X-Vistky-Captured-At',
} as const;

/** What a captured first screen was captured from. */
export interface FirstScreenMeta {
  /** location.pathname of the list it shows: '/' or '/section/<slug>'. */
  path: string;
  /** The interface language it speaks ('uk', 'en'). */
  language: string;
  /** The src of the page's entry script: markup and styles belong to that build only. */
  entry: string;
  /** <html data-text-size> and data-theme when captured ('' when absent), for the same look. */
  textSize: string;
  theme: string;
  /** When the list was read from the page (ms since the epoch). */
  capturedAt: number;
}

const LIST_PATH = /^\/(?:section\/[^/]+\/?)?$/;

/** Whether `path` shows the news list (the only screen kept as HTML). */
export function isListPath(path: string): boolean {
  return LIST_PATH.test(path);
}

/**
 * Whether a first screen captured on `capturedPath` may fill a navigation to `requestPath`: the
 * same list, or the start URL '/', which the page turns into the resident's last section (the
 * page checks again and drops it if that is another list).
 */
export function firstScreenFits(requestPath: string, capturedPath: string): boolean {
  return isListPath(requestPath) && (requestPath === capturedPath || requestPath === '/');
}

const EMPTY_APP = '<div id="app"></div>';
// The list never renders these; a kept screen with one was not written by the list (it would
// outlive a one-time script injection and bypass the Trusted Types policy): serve the plain shell.
const FOREIGN_MARKUP =
  /<\/?(?:script|meta|link|base|style|iframe|frame|object|embed|form|template|html|head|body)\b/i;
/** The shell's <html> start tag. */
export const HTML_TAG = /<html\b[^>]*>/;

/**
 * <html> as the page will set it before its first render (ui/apply-preferences.ts), so a first
 * screen (kept, or the server's) paints in the resident's text size, theme and language at once.
 */
export function getRootTag({
  language,
  textSize,
  theme,
}: Pick<FirstScreenMeta, 'language' | 'textSize' | 'theme'>): string {
  const lang = /^[a-z]{2,3}$/.test(language) ? language : 'uk';
  const size = /^\d+$/.test(textSize) ? ` data-text-size="${textSize}"` : '';
  const look = theme === 'light' || theme === 'dark' ? ` data-theme="${theme}"` : '';
  return `<html lang="${lang}"${size}${look}>`;
}

/**
 * The shell with `html` inside its empty #app, marked inert (nothing in it works before the app
 * takes over), labelled with what it shows and, when `isOffline`, marked so the kept offline
 * notice shows; its <html> in the captured language, text size and theme. Null when the shell is
 * of another build than the capture, has no empty #app, or the HTML holds markup the list never
 * renders, so the caller serves the shell unchanged.
 */
export function fillShell(
  shell: string,
  html: string,
  meta: FirstScreenMeta,
  isOffline = false,
): string | null {
  if (!meta.entry || !shell.includes(`src="${meta.entry}"`) || FOREIGN_MARKUP.test(html)) {
    return null;
  }
  const at = shell.indexOf(EMPTY_APP);
  if (at === -1) return null;
  const open =
    `<div id="app" inert ${FIRST_SCREEN_ATTRIBUTES.path}="${escapeHtml(meta.path)}" ` +
    `${FIRST_SCREEN_ATTRIBUTES.language}="${escapeHtml(meta.language)}"` +
    `${isOffline ? ` ${OFFLINE_ATTRIBUTES.painted}` : ''}>`;
  const filled = `${shell.slice(0, at)}${open}${html}</div>${shell.slice(at + EMPTY_APP.length)}`;
  return filled.replace(HTML_TAG, () => getRootTag(meta));
}

/**
 * Whether a capture still shows the stored articles: taken after the last time they changed
 * (`forgottenAt`, written by whoever changed them). A capture is written a moment after the page
 * reads it, so a change in between would otherwise leave the older list kept.
 */
export function isCaptureCurrent(capturedAt: number, forgottenAt: number | null): boolean {
  return Number.isFinite(capturedAt) && (forgottenAt === null || capturedAt > forgottenAt);
}
