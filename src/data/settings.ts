import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import type { JsonValue } from '../storage';
import { getContentSource } from './content-source';

/** One stored setting; undefined when never set (the caller's default applies). */
export function settingQuery(key: string) {
  return queryOptions({
    queryKey: ['settings', key] as const,
    queryFn: async () => (await (await getContentSource()).getSetting(key)) ?? null,
  });
}

/** Stores a setting and updates every reader of it. */
export async function saveSetting(queryClient: QueryClient, key: string, value: JsonValue) {
  await (await getContentSource()).putSetting(key, value);
  queryClient.setQueryData(settingQuery(key).queryKey, value);
}

/** Adds one to a stored counter (visits, articles opened) for offers that wait for a regular. */
export async function incrementCounter(queryClient: QueryClient, key: string): Promise<void> {
  const count = await (await getContentSource()).getSetting(key);
  await saveSetting(queryClient, key, (typeof count === 'number' ? count : 0) + 1);
}
