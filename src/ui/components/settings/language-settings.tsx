import { LANGUAGE_NAMES } from '../../../core/i18n/languages';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import type { Language } from '../../../core/settings';
import { ChoiceGroup } from './choice-group';
import { SettingsSection } from './settings-section';
import { usePreferenceUpdate } from '../../hooks/use-preference-update';

const LANGUAGES: Language[] = ['uk', 'en'];

/** The interface language; each named in itself, so a reader finds theirs in any language. */
export function LanguageSettings() {
  const s = useScreenMessages();
  const { preferences, change } = usePreferenceUpdate();
  return (
    <SettingsSection id="language" title={s.languageSection}>
      <ChoiceGroup
        legend={s.languageLabel}
        name="language"
        choices={LANGUAGES.map((language) => ({
          value: language,
          label: LANGUAGE_NAMES[language],
          lang: language,
        }))}
        value={preferences.language}
        onChange={(language) => change({ language })}
      />
      <p class="settings-hint">{s.languageNote}</p>
    </SettingsSection>
  );
}
