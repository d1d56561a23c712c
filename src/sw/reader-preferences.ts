import { enScreens } from '../core/i18n/en-screens';
import { ukScreens, type ScreenMessages } from '../core/i18n/uk-screens';
import { parsePreferences, type Language } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import { getSetting, type VistkyDatabase } from '../storage';

/** Whether the resident turned on the data saver: then the worker downloads no photos itself. */
export async function isDataSaverOn(db: VistkyDatabase): Promise<boolean> {
  return parsePreferences(await getSetting(db, SETTING_KEYS.readerPreferences)).dataSaver;
}

/** The resident's interface language and its strings, for what the worker shows (notifications). */
export async function getWorkerLocale(
  db: VistkyDatabase,
): Promise<{ language: Language; messages: ScreenMessages }> {
  const { language } = parsePreferences(await getSetting(db, SETTING_KEYS.readerPreferences));
  return { language, messages: language === 'en' ? enScreens : ukScreens };
}
