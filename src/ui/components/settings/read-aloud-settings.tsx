import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { contentLanguage } from '#city/contentLanguage';
import { DEFAULT_READ_ALOUD, READ_ALOUD_RATES } from '../../../core/read-aloud';
import { readAloudQuery, saveReadAloudMutation } from '../../../data/read-aloud';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import { useVoices } from '../../hooks/use-voices';
import { useToast } from '../toast-region';
import { ChoiceGroup } from './choice-group';
import { SettingsSection } from './settings-section';

/** The voice and speed of «Прослухати», among the device's voices for the articles' language. */
export function ReadAloudSettings() {
  const s = useScreenMessages();
  const { showToast } = useToast();
  const queryClient = useQueryClient();
  const voices = useVoices(contentLanguage);
  const settings = useQuery(readAloudQuery()).data ?? DEFAULT_READ_ALOUD;
  const save = useMutation(saveReadAloudMutation(queryClient));
  const change = (patch: Partial<typeof settings>) =>
    save.mutate({ ...settings, ...patch }, { onError: () => showToast(s.settingFailed) });
  return (
    <SettingsSection id="read-aloud" title={s.readAloudSection}>
      {voices.length === 0 ? (
        <p class="settings-hint">{s.readAloudNoVoice}</p>
      ) : (
        <>
          <label class="settings-field__label" for="read-aloud-voice">
            {s.readAloudVoice}
          </label>
          <select
            id="read-aloud-voice"
            value={voices.some((voice) => voice.voiceURI === settings.voice) ? settings.voice! : ''}
            onChange={(event) => change({ voice: event.currentTarget.value || null })}
          >
            <option value="">{s.readAloudDefaultVoice}</option>
            {voices.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {voice.name}
              </option>
            ))}
          </select>
          <ChoiceGroup
            legend={s.readAloudRate}
            name="read-aloud-rate"
            choices={READ_ALOUD_RATES.map((rate, index) => ({
              value: rate,
              label: s.readAloudRates[index] ?? String(rate),
            }))}
            value={settings.rate}
            onChange={(rate) => change({ rate })}
          />
          <p class="settings-hint">{s.readAloudHint}</p>
        </>
      )}
    </SettingsSection>
  );
}
