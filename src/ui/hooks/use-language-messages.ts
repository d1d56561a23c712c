import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/settings';
import { uk, type Messages } from '../../core/i18n/uk';

/** Loads the strings of a language; Ukrainian is in the first bundle, others come on demand. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return (await import('../../core/i18n/en')).en;
  return uk;
}

/**
 * The strings for `language`. `initial` are the ones main.tsx loaded before the first render, so
 * an English reader never sees a Ukrainian flash; a later switch loads the new strings first.
 */
export function useLanguageMessages(language: Language, initial: Messages): Messages {
  const [messages, setMessages] = useState(initial);
  useEffect(() => {
    let isCurrent = true;
    void loadMessages(language).then((loaded) => isCurrent && setMessages(loaded));
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return messages;
}
