import { useScreenMessages } from '../../hooks/use-screen-messages';
import { SettingsSection } from './settings-section';
import { usePreferenceUpdate } from '../../hooks/use-preference-update';

/** The data saver: photos only on tap, in the list, in articles and in the worker's prefetch. */
export function DataSaverSettings() {
  const s = useScreenMessages();
  const { preferences, change } = usePreferenceUpdate();
  return (
    <SettingsSection id="data-saver" title={s.dataSaverSection}>
      <label class="choice">
        <input
          type="checkbox"
          checked={preferences.dataSaver}
          aria-describedby="data-saver-hint"
          onChange={(event) => change({ dataSaver: event.currentTarget.checked })}
        />
        <span>{s.dataSaverLabel}</span>
      </label>
      <p class="settings-hint" id="data-saver-hint">
        {s.dataSaverHint}
      </p>
    </SettingsSection>
  );
}
