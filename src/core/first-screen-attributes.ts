/**
 * The attributes of #app when the service worker filled it with the kept first screen
 * (first-screen.ts): apart, so that the page's first load carries these two names only.
 */
export const FIRST_SCREEN_ATTRIBUTES = {
  path: 'data-first-screen',
  language: 'data-first-screen-language',
} as const;
