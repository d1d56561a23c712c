import { queryOptions, type QueryClient } from '@tanstack/preact-query';
import { getSetting, putSetting, type JsonValue } from '../storage';
import { getDatabase } from './database';

/** One stored setting; undefined when never set (the caller's default applies). */
export function settingQuery(key: string) {
  return queryOptions({
    queryKey: ['settings', key] as const,
    queryFn: async () => (await getSetting(await getDatabase(), key)) ?? null,
  });
}

/** Stores a setting and updates every reader of it. */
export async function saveSetting(queryClient: QueryClient, key: string, value: JsonValue) {
  await putSetting(await getDatabase(), key, value);
  queryClient.setQueryData(settingQuery(key).queryKey, value);
}

/** Adds one to a stored counter (visits, articles opened) for offers that wait for a regular. */
export async function incrementCounter(queryClient: QueryClient, key: string): Promise<void> {
  const db = await getDatabase();
  const count = await getSetting(db, key);
  const next = (typeof count === 'number' ? count : 0) + 1;
  await putSetting(db, key, next);
  queryClient.setQueryData(settingQuery(key).queryKey, next);
}
