/** Light, dark, or whatever the phone is set to. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The languages of the interface; article content stays as the feed wrote it. */
export type Language = 'uk' | 'en';

/** How the resident wants to read: the settings screen edits these, every screen applies them. */
export interface ReaderPreferences {
  /** A step of TEXT_SIZES; 2 is the browser's own size. */
  textSize: number;
  theme: ThemeChoice;
  language: Language;
  /** No photo downloads except the ones the resident taps. */
  dataSaver: boolean;
  /**
   * Whether this site's server serves the feed's media on its own origin, sized photos (/img/)
   * and documents (/doc/, core/document-files.ts): not chosen but learned from a page that
   * declares it (core/image-renditions.ts), and kept for starts from the worker's shell.
   */
  imageRenditions: boolean;
}

/** The text size steps, as factors of the browser's font size (the CSS maps each step). */
export const TEXT_SIZES = [0.875, 1, 1.125, 1.25, 1.5] as const;

/** What a fresh install reads with. */
export const DEFAULT_PREFERENCES: ReaderPreferences = {
  textSize: 2,
  theme: 'system',
  language: 'uk',
  dataSaver: false,
  imageRenditions: false,
};

const THEMES: readonly string[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly string[] = ['uk', 'en'];

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Reads stored preferences, whatever was stored: each field that is missing or invalid (an older
 * version, a hand-edited value) falls back to its default, the others are kept.
 */
export function parsePreferences(value: unknown): ReaderPreferences {
  const textSize = field(value, 'textSize');
  const theme = field(value, 'theme');
  const language = field(value, 'language');
  const dataSaver = field(value, 'dataSaver');
  const imageRenditions = field(value, 'imageRenditions');
  return {
    textSize:
      Number.isInteger(textSize) &&
      (textSize as number) >= 1 &&
      (textSize as number) <= TEXT_SIZES.length
        ? (textSize as number)
        : DEFAULT_PREFERENCES.textSize,
    theme: THEMES.includes(theme as string) ? (theme as ThemeChoice) : DEFAULT_PREFERENCES.theme,
    language: LANGUAGES.includes(language as string)
      ? (language as Language)
      : DEFAULT_PREFERENCES.language,
    dataSaver: typeof dataSaver === 'boolean' ? dataSaver : DEFAULT_PREFERENCES.dataSaver,
    imageRenditions: imageRenditions === true,
  };
}
