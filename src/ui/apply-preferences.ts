import type { ReaderPreferences } from '../core/settings';

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
  // index.html has the city's header colour per system scheme; a chosen theme sets both to its
  // own, so each tag keeps the colour it came with.
  const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
  const colourOf = (scheme: string) =>
    metas.find((meta) => meta.media.includes(scheme))?.dataset.city;
  for (const meta of metas) meta.dataset.city ??= meta.content;
  for (const meta of metas) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = colourOf(preferences.theme === 'system' ? scheme : preferences.theme)!;
  }
}
