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

/** Counts this visit (an app start), for offers that should wait for a returning resident. */
export async function recordVisit(key: string): Promise<void> {
  const db = await getDatabase();
  const visits = await getSetting(db, key);
  await putSetting(db, key, (typeof visits === 'number' ? visits : 0) + 1);
}
