import { enScreens } from '../../core/i18n/en-screens';
import { ukScreens, type ScreenMessages } from '../../core/i18n/uk-screens';
import { useMessages } from './use-messages';

/**
 * The strings of the search, saved and settings screens in the current language. Imported only
 * by those (lazy) screens, so the list never downloads them.
 */
export function useScreenMessages(): ScreenMessages {
  return useMessages().language === 'en' ? enScreens : ukScreens;
}
