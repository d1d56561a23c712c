import { parsePreferences, type ReaderPreferences } from './settings';

/**
 * The cookie that tells the server how the resident reads, so the page it renders paints in
 * their theme and text size and downloads no photos under the data saver. Nothing else: no
 * identifier, no history. Set and kept by the page whenever the preferences change.
 */
export const PREFERENCE_COOKIE = 'vistky-look';

/** What the server's page needs of the preferences. */
export type PageLook = Pick<ReaderPreferences, 'textSize' | 'theme' | 'language' | 'dataSaver'>;

/** The cookie's value: text size, theme, language and data saver, e.g. `2.dark.uk.1`. */
export function formatPreferenceCookie(look: PageLook): string {
  return [look.textSize, look.theme, look.language, look.dataSaver ? 1 : 0].join('.');
}

/** The look in a Cookie header; null when the cookie is absent or unreadable. */
export function parsePreferenceCookie(header: string | undefined): PageLook | null {
  const value = header
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${PREFERENCE_COOKIE}=`))
    ?.slice(PREFERENCE_COOKIE.length + 1);
  const match = /^(\d)\.(system|light|dark)\.([a-z]{2})\.([01])$/.exec(value ?? '');
  if (!match) return null;
  const parsed = parsePreferences({
    textSize: Number(match[1]),
    theme: match[2],
    language: match[3],
    dataSaver: match[4] === '1',
  });
  // A size the settings do not offer (another version's) is no look to paint.
  if (parsed.textSize !== Number(match[1])) return null;
  return {
    textSize: parsed.textSize,
    theme: parsed.theme,
    language: parsed.language,
    dataSaver: parsed.dataSaver,
  };
}
