/**
 * The city this build serves. Configuration, not code: another city is an edit here and in
 * portal-links.ts (the portal's sidebar, kept apart so the first screen does not load it).
 */
export const CITY_CONFIG = {
  /** The language articles are written in, marked on content so a translated UI reads it right. */
  contentLanguage: 'uk',
} as const;
