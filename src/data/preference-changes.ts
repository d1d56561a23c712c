import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/preact-query';
import { parseKeepUnsaved } from '../core/keep-limit';
import { type ReaderPreferences } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import { forgetFirstScreen } from '../storage/forget-first-screen';
import { getContentSource } from './content-source';
import { preferencesQuery, writeMirror } from './preferences';

/**
 * Stores new preferences: localStorage at once (so a reload a moment later keeps them), then
 * IndexedDB. The query holds them at once too; a failed write puts the old ones back.
 */
export function savePreferencesMutation(queryClient: QueryClient) {
  const key = preferencesQuery().queryKey;
  return mutationOptions({
    mutationFn: async (preferences: ReaderPreferences) => {
      await (
        await getContentSource()
      ).putSetting(SETTING_KEYS.readerPreferences, { ...preferences });
      return preferences;
    },
    onMutate: (preferences) => {
      const previous = queryClient.getQueryData(key);
      // The kept first screen shows the old language, look and photos: the next start renders afresh.
      void forgetFirstScreen();
      writeMirror({ preferences });
      queryClient.setQueryData(key, preferences);
      return { previous };
    },
    onError: (_error, _preferences, context) => {
      if (context?.previous) writeMirror({ preferences: context.previous });
      queryClient.setQueryData(key, context?.previous);
    },
  });
}

/** How many unsaved articles the device keeps. */
export function keepUnsavedQuery() {
  return queryOptions({
    queryKey: ['settings', 'keep-unsaved'] as const,
    queryFn: async () =>
      parseKeepUnsaved(await (await getContentSource()).getSetting(SETTING_KEYS.keepUnsaved)),
  });
}

/** Changes the limit (shown at once, put back if the write fails); the next refresh evicts. */
export function saveKeepUnsavedMutation(queryClient: QueryClient) {
  const key = keepUnsavedQuery().queryKey;
  return mutationOptions({
    mutationFn: async (keep: number) => {
      await (await getContentSource()).putSetting(SETTING_KEYS.keepUnsaved, keep);
      return keep;
    },
    onMutate: (keep) => {
      const previous = queryClient.getQueryData(key);
      queryClient.setQueryData(key, keep);
      return { previous };
    },
    onError: (_error, _keep, context) => queryClient.setQueryData(key, context?.previous),
  });
}
