import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useScreenMessages } from './use-screen-messages';
import type { ReaderPreferences } from '../../core/settings';
import { savePreferencesMutation } from '../../data/preference-changes';
import { useToast } from '../components/toast-region';
import { usePreferences } from './use-preferences';

/** The preferences, and a change that reports a failed save instead of losing it silently. */
export function usePreferenceUpdate() {
  const s = useScreenMessages();
  const { showToast } = useToast();
  const preferences = usePreferences();
  const { mutate } = useMutation(savePreferencesMutation(useQueryClient()));
  const change = (patch: Partial<ReaderPreferences>) =>
    mutate({ ...preferences, ...patch }, { onError: () => showToast(s.settingFailed) });
  return { preferences, change };
}
