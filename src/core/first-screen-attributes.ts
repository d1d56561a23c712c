/**
 * The attributes of the kept first screen (first-screen.ts) that the page and its styles know
 * too: apart, so that the page's first load carries these names only.
 */
export const FIRST_SCREEN_ATTRIBUTES = {
  path: 'data-first-screen',
  language: 'data-first-screen-language',
  /** On #app when the service worker had no network: shows what is marked `offlineOnly`. */
  offline: 'data-first-screen-offline',
  /** Marks what the kept screen shows only when painted offline (the offline notice). */
  offlineOnly: 'data-offline-only',
} as const;
