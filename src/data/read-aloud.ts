import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/preact-query';
import { parseReadAloud, READ_ALOUD_KEY, type ReadAloudSettings } from '../core/read-aloud';
import { getContentSource } from './content-source';

/** The voice and speed articles are read aloud with. */
export function readAloudQuery() {
  return queryOptions({
    queryKey: ['settings', 'read-aloud'] as const,
    queryFn: async () =>
      parseReadAloud(await (await getContentSource()).getSetting(READ_ALOUD_KEY)),
  });
}

/** Changes them (shown at once, put back if the write fails). */
export function saveReadAloudMutation(queryClient: QueryClient) {
  const key = readAloudQuery().queryKey;
  return mutationOptions({
    mutationFn: async (settings: ReadAloudSettings) => {
      await (await getContentSource()).putSetting(READ_ALOUD_KEY, { ...settings });
      return settings;
    },
    onMutate: (settings) => {
      const previous = queryClient.getQueryData(key);
      queryClient.setQueryData(key, settings);
      return { previous };
    },
    onError: (_error, _settings, context) => queryClient.setQueryData(key, context?.previous),
  });
}
