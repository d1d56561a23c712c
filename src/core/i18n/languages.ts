import type { Language } from '../settings';

/** Each language's name in itself, as language pickers show them (a reader finds their own). */
export const LANGUAGE_NAMES: Record<Language, string> = { uk: 'Українська', en: 'English' };
