import { enScreens } from '../core/i18n/en-screens';
import { ukScreens, type ScreenMessages } from '../core/i18n/uk-screens';
import { parsePreferences } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import { getSetting, type VistkyDatabase } from '../storage';

/** Whether the resident turned on the data saver: then the worker downloads no photos itself. */
export async function isDataSaverOn(db: VistkyDatabase): Promise<boolean> {
  return parsePreferences(await getSetting(db, SETTING_KEYS.readerPreferences)).dataSaver;
}

/** The strings of the resident's interface language, for what the worker shows (notifications). */
export async function getWorkerMessages(db: VistkyDatabase): Promise<ScreenMessages> {
  return parsePreferences(await getSetting(db, SETTING_KEYS.readerPreferences)).language === 'en'
    ? enScreens
    : ukScreens;
}
