import { TEXT_SIZES, type ThemeChoice } from '../../../core/settings';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import { ChoiceGroup } from './choice-group';
import { SettingsSection } from './settings-section';
import { usePreferenceUpdate } from '../../hooks/use-preference-update';

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

/** Text size (five steps, for the list and articles alike) and the colour theme. */
export function ReadingSettings() {
  const s = useScreenMessages();
  const { preferences, change } = usePreferenceUpdate();
  return (
    <SettingsSection id="reading" title={s.readingSection}>
      <ChoiceGroup
        legend={s.textSizeLabel}
        name="text-size"
        choices={TEXT_SIZES.map((_, index) => ({
          value: index + 1,
          label: s.textSizes[index] ?? '',
        }))}
        value={preferences.textSize}
        onChange={(textSize) => change({ textSize })}
      />
      <p class="text-sample">{s.textSample}</p>
      <ChoiceGroup
        legend={s.themeLabel}
        name="theme"
        choices={THEMES.map((theme) => ({ value: theme, label: s.themes[theme] }))}
        value={preferences.theme}
        onChange={(theme) => change({ theme })}
      />
    </SettingsSection>
  );
}
