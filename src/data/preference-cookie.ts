import { formatPreferenceCookie, PREFERENCE_COOKIE } from '../core/preference-cookie';
import type { ReaderPreferences } from '../core/settings';

/**
 * Sets the cookie by which the server paints its pages in the resident's look, unless it says
 * that already: a page it sends then looks as the app will, photos held back under the data saver.
 */
export function writePreferenceCookie(preferences: ReaderPreferences): void {
  const cookie = `${PREFERENCE_COOKIE}=${formatPreferenceCookie(preferences)}`;
  if (document.cookie.split('; ').includes(cookie)) return;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${cookie}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}
