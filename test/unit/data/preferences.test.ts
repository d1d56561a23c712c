import 'fake-indexeddb/auto';
import { MutationObserver, QueryClient } from '@tanstack/preact-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../src/core/settings';
import { SETTING_KEYS } from '../../../src/core/setting-keys';
import { getDatabase } from '../../../src/data/database';
import { savePreferencesMutation } from '../../../src/data/preference-changes';
import { preferencesQuery, readPreferenceMirror } from '../../../src/data/preferences';
import { deleteSetting, getSetting, putSetting } from '../../../src/storage';

/** localStorage as a page has it, backed by a Map (Node has none). */
function useFreshLocalStorage(): void {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const LARGE_DARK = { textSize: 4, theme: 'dark', language: 'en', dataSaver: true } as const;

async function save(queryClient: QueryClient, preferences: typeof LARGE_DARK) {
  await new MutationObserver(queryClient, savePreferencesMutation(queryClient)).mutate({
    ...preferences,
  });
}

describe('reader preferences', () => {
  beforeEach(async () => {
    useFreshLocalStorage();
    await deleteSetting(await getDatabase(), SETTING_KEYS.readerPreferences);
  });

  it('start from the defaults', async () => {
    expect(readPreferenceMirror().preferences).toEqual(DEFAULT_PREFERENCES);
    expect(await new QueryClient().fetchQuery(preferencesQuery())).toEqual(DEFAULT_PREFERENCES);
  });

  it('survive a restart: the next page reads them before and after IndexedDB answers', async () => {
    await save(new QueryClient(), LARGE_DARK);
    expect(readPreferenceMirror().preferences).toEqual(LARGE_DARK);
    expect(await new QueryClient().fetchQuery(preferencesQuery())).toEqual(LARGE_DARK);
  });

  it('reach IndexedDB, where the service worker reads the data saver', async () => {
    await save(new QueryClient(), LARGE_DARK);
    expect(
      parsePreferences(await getSetting(await getDatabase(), SETTING_KEYS.readerPreferences)),
    ).toEqual(LARGE_DARK);
  });

  it('come back from IndexedDB when localStorage was cleared', async () => {
    await save(new QueryClient(), LARGE_DARK);
    useFreshLocalStorage();
    expect(await new QueryClient().fetchQuery(preferencesQuery())).toEqual(LARGE_DARK);
    expect(readPreferenceMirror().preferences).toEqual(LARGE_DARK);
  });

  it('repair an IndexedDB copy that a closed page left behind', async () => {
    await save(new QueryClient(), LARGE_DARK);
    await putSetting(await getDatabase(), SETTING_KEYS.readerPreferences, {
      ...DEFAULT_PREFERENCES,
    });
    expect(await new QueryClient().fetchQuery(preferencesQuery())).toEqual(LARGE_DARK);
    expect(
      parsePreferences(await getSetting(await getDatabase(), SETTING_KEYS.readerPreferences)),
    ).toEqual(LARGE_DARK);
  });

  it('keep the valid fields of a damaged record and default the others', () => {
    expect(
      parsePreferences({ textSize: 9, theme: 'dark', language: 'fr', dataSaver: 'yes' }),
    ).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: 'dark',
    });
    expect(parsePreferences('nonsense')).toEqual(DEFAULT_PREFERENCES);
  });
});
