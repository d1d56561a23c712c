import type { RefreshResult } from './types';
import { FIRST_SCREEN_ATTRIBUTES } from './first-screen-attributes';

/**
 * The first screen, kept as HTML: what the list looked like when the resident last saw it,
 * written by the page into Cache Storage and put into the shell by the service worker, so that
 * a warm start paints the news before any of the app's JavaScript has run. The app's own render
 * replaces it as soon as the list is ready (ui/first-screen.ts).
 */
export const FIRST_SCREEN_CACHE = 'vistky-first-screen';

/** The one entry of FIRST_SCREEN_CACHE (never requested over the network). */
export const FIRST_SCREEN_URL = '/__first-screen';

/** Response headers of the stored entry, which say what the HTML was captured from. */
export const FIRST_SCREEN_HEADERS = {
  path: 'X-Vistky-Path',
  language: 'X-Vistky-Language',
  entry: 'X-Vistky-Entry',
  textSize: 'X-Vistky-Text-Size',
  theme: 'X-Vistky-Theme',
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

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => ESCAPES[char]!);
}

const EMPTY_APP = '<div id="app"></div>';
const HTML_TAG = /<html\b[^>]*>/;

/**
 * <html> as the page will set it before its first render (ui/apply-preferences.ts), so the kept
 * screen paints in the resident's text size, theme and language from the start.
 */
function rootTag({ language, textSize, theme }: FirstScreenMeta): string {
  const size = /^\d+$/.test(textSize) ? ` data-text-size="${textSize}"` : '';
  const look = theme === 'light' || theme === 'dark' ? ` data-theme="${theme}"` : '';
  return `<html lang="${escapeAttribute(language)}"${size}${look}>`;
}

/**
 * The shell with `html` inside its empty #app, marked inert (nothing in it works before the app
 * takes over), labelled with what it shows and, when `isOffline`, marked so the kept offline
 * notice shows; its <html> in the captured language, text size and theme. Null when the shell is
 * of another build than the capture or has no empty #app, so the caller serves it unchanged.
 */
export function fillShell(
  shell: string,
  html: string,
  meta: FirstScreenMeta,
  isOffline = false,
): string | null {
  if (!meta.entry || !shell.includes(`src="${meta.entry}"`)) return null;
  const at = shell.indexOf(EMPTY_APP);
  if (at === -1) return null;
  const open =
    `<div id="app" inert ${FIRST_SCREEN_ATTRIBUTES.path}="${escapeAttribute(meta.path)}" ` +
    `${FIRST_SCREEN_ATTRIBUTES.language}="${escapeAttribute(meta.language)}"` +
    `${isOffline ? ` ${FIRST_SCREEN_ATTRIBUTES.offline}` : ''}>`;
  const filled = `${shell.slice(0, at)}${open}${html}</div>${shell.slice(at + EMPTY_APP.length)}`;
  return filled.replace(HTML_TAG, rootTag(meta));
}

/** Whether a refresh added, changed or evicted articles: a kept first screen is out of date. */
export function changedArticles({ added, updated, evictedKeys }: RefreshResult): boolean {
  return added + updated + evictedKeys.length > 0;
}
