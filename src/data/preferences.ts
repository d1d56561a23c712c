import { queryOptions } from '@tanstack/preact-query';
import { IMAGE_RENDITIONS_META_NAME } from '../core/image-renditions';
import { DEFAULT_PREFERENCES, parsePreferences, type ReaderPreferences } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import { getContentSource } from './content-source';

// localStorage holds the preferences: the theme and text size must apply before the first paint,
// and only localStorage answers synchronously. It is written first, so it is never older than
// IndexedDB, which keeps a copy for the service worker (the data saver) and for a page whose
// localStorage was cleared.
const MIRROR_KEY = 'vistky-preferences';

function readStored(): Partial<Record<keyof PreferenceMirror, unknown>> | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(MIRROR_KEY) ?? 'null');
    return typeof stored === 'object' && stored !== null ? stored : null;
  } catch {
    return null;
  }
}

// A page the site's server sent declares its sized photos in <head>; the worker's shell may not,
// so once a page has said it, the preferences keep it.
function withDeclaredRenditions(preferences: ReaderPreferences): ReaderPreferences {
  if (preferences.imageRenditions || typeof document === 'undefined') return preferences;
  const meta = document.querySelector(`meta[name="${IMAGE_RENDITIONS_META_NAME}"]`);
  return meta ? { ...preferences, imageRenditions: true } : preferences;
}

const isSame = (a: ReaderPreferences, b: ReaderPreferences) =>
  JSON.stringify(a) === JSON.stringify(b);

/** What the page reads synchronously at start: the preferences and the last opened section. */
export interface PreferenceMirror {
  preferences: ReaderPreferences;
  /** Slug of the section the list showed last; null for «Усі». */
  lastSection: string | null;
}

/** The start-up copy, or defaults when there is none (first visit, storage blocked). */
export function readPreferenceMirror(): PreferenceMirror {
  const stored = readStored();
  const section = stored?.lastSection;
  return {
    preferences: withDeclaredRenditions(
      stored?.preferences ? parsePreferences(stored.preferences) : DEFAULT_PREFERENCES,
    ),
    lastSection: typeof section === 'string' && section !== '' ? section : null,
  };
}

/** Updates the start-up copy; a blocked localStorage only costs the first paint its look. */
export function writeMirror(patch: Partial<PreferenceMirror>): void {
  if (patch.preferences) keepPreferenceCookie(patch.preferences);
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ ...readPreferenceMirror(), ...patch }));
  } catch {
    // Storage blocked or full: the preferences still hold in IndexedDB and for this session.
  }
}

/**
 * Tells the server the look of the pages it renders (core/preference-cookie.ts): only the next
 * page the server sends needs it, so its code loads after the first screen's.
 */
function keepPreferenceCookie(preferences: ReaderPreferences): void {
  if (typeof document === 'undefined') return;
  void import('./preference-cookie')
    .then((module) => module.writePreferenceCookie(preferences))
    .catch(() => undefined);
}

/**
 * The reader's preferences: localStorage's, copied to IndexedDB when that copy is missing or
 * older (a page closed mid-write); IndexedDB's when localStorage was cleared.
 */
export function preferencesQuery() {
  return queryOptions({
    queryKey: ['settings', 'preferences'] as const,
    queryFn: async () => {
      const source = await getContentSource();
      const stored = await source.getSetting(SETTING_KEYS.readerPreferences);
      const local = readStored()?.preferences;
      const preferences = withDeclaredRenditions(parsePreferences(local ?? stored));
      if (local === undefined || !isSame(parsePreferences(local), preferences)) {
        writeMirror({ preferences });
      }
      if (!isSame(parsePreferences(stored), preferences)) {
        await source.putSetting(SETTING_KEYS.readerPreferences, { ...preferences });
      }
      // A mirror written before the cookie existed: the server learns the look now.
      keepPreferenceCookie(preferences);
      return preferences;
    },
    placeholderData: () => readPreferenceMirror().preferences,
  });
}

/** Remembers which section the list shows, so the app opens there next time. */
export async function rememberSection(slug: string | null): Promise<void> {
  // The kept first screen is of the list shown before: a start must not paint it on '/', which
  // now opens this one. This list keeps itself a moment later. Not first-screen code: loaded then.
  if (slug !== readPreferenceMirror().lastSection) {
    void import('../storage/forget-first-screen').then((m) => m.forgetFirstScreen());
  }
  writeMirror({ lastSection: slug });
  await (await getContentSource()).putSetting(SETTING_KEYS.lastSection, slug);
}

/** Whether persistent storage was already asked for (browsers may prompt: ask once). */
export async function hasAskedForPersistence(): Promise<boolean> {
  return (await (await getContentSource()).getSetting(SETTING_KEYS.persistRequested)) === true;
}

/** Records that persistent storage was asked for. */
export async function recordPersistenceAsked(): Promise<void> {
  await (await getContentSource()).putSetting(SETTING_KEYS.persistRequested, true);
}
