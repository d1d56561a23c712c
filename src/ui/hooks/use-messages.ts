import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { uk, type Messages } from '../../core/i18n/uk';

/** The strings of the language the resident reads the app in. */
export const MessagesContext = createContext<Messages>(uk);

/** The current language's strings. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
