import type { ReaderPreferences } from '../core/settings';

// The header colours (styles.css --header-bg), for the browser's own bar in a forced theme.
const THEME_COLORS = { light: '#0b5cad', dark: '#15355a' } as const;

/**
 * Puts the preferences on <html>: data-text-size and data-theme drive the CSS variables, lang
 * follows the interface language. Called before the first render (main.tsx) and on every change.
 */
export function applyPreferences(preferences: ReaderPreferences): void {
  const root = document.documentElement;
  root.dataset.textSize = String(preferences.textSize);
  if (preferences.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = preferences.theme;
  root.lang = preferences.language;
  // index.html has one theme-color per system scheme; a chosen theme overrides both.
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLORS[preferences.theme === 'system' ? scheme : preferences.theme];
  }
}
