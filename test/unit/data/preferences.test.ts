import 'fake-indexeddb/auto';
import { MutationObserver, QueryClient } from '@tanstack/preact-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMAGE_RENDITIONS_META_NAME } from '../../../src/core/image-renditions';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  type ReaderPreferences,
} from '../../../src/core/settings';
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

const LARGE_DARK = {
  textSize: 4,
  theme: 'dark',
  language: 'en',
  dataSaver: true,
  imageRenditions: false,
} as const;

/** A page whose <head> has, or has not, the server's renditions meta tag. */
function useDocument(isDeclared: boolean): void {
  const meta = `meta[name="${IMAGE_RENDITIONS_META_NAME}"]`;
  globalThis.document = {
    querySelector: (selector: string) => (isDeclared && selector === meta ? {} : null),
    cookie: '',
  } as unknown as Document;
  globalThis.location = { protocol: 'https:' } as Location;
}

async function save(queryClient: QueryClient, preferences: ReaderPreferences) {
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

describe('the renditions the site declares', () => {
  beforeEach(async () => {
    useFreshLocalStorage();
    await deleteSetting(await getDatabase(), SETTING_KEYS.readerPreferences);
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'document');
    Reflect.deleteProperty(globalThis, 'location');
  });

  it('are on from the first render of a page that declares them', () => {
    useDocument(true);
    expect(readPreferenceMirror().preferences.imageRenditions).toBe(true);
  });

  it('are remembered for starts from a shell that does not declare them', async () => {
    useDocument(true);
    await new QueryClient().fetchQuery(preferencesQuery());
    useDocument(false);
    expect(readPreferenceMirror().preferences.imageRenditions).toBe(true);
    expect(
      parsePreferences(await getSetting(await getDatabase(), SETTING_KEYS.readerPreferences))
        .imageRenditions,
    ).toBe(true);
  });

  it('are kept when the resident changes a preference', async () => {
    useDocument(true);
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(preferencesQuery());
    await save(queryClient, { ...LARGE_DARK, imageRenditions: true });
    useDocument(false);
    expect(await new QueryClient().fetchQuery(preferencesQuery())).toEqual({
      ...LARGE_DARK,
      imageRenditions: true,
    });
  });

  it('are off where no page has declared them', async () => {
    useDocument(false);
    expect(
      (await new QueryClient().fetchQuery(preferencesQuery())).imageRenditions,
    ).toBe(false);
  });
});
