import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/en';
import { enScreens } from '../../../src/core/i18n/en-screens';
import { uk, type Messages } from '../../../src/core/i18n/uk';
import { ukScreens, type ScreenMessages } from '../../../src/core/i18n/uk-screens';
import { formatPlural } from '../../../src/core/plural';
import type { RefreshErrorKind } from '../../../src/core/types';

const CYRILLIC = /\p{Script=Cyrillic}/u;

type Bundle = Messages & ScreenMessages;
type TextFunctionKey = {
  [K in keyof Bundle]: Bundle[K] extends (...args: never[]) => string ? K : never;
}[keyof Bundle];

// Every kind, so that a kind added to the type without a text fails to compile here.
const REFRESH_ERROR_KINDS = Object.keys({
  offline: 0,
  timeout: 0,
  http: 0,
  'rate-limited': 0,
  'not-a-feed': 0,
  'broken-feed': 0,
  'storage-full': 0,
  'storage-unavailable': 0,
  aborted: 0,
  unknown: 0,
} satisfies Record<RefreshErrorKind, 0>) as RefreshErrorKind[];

/** Arguments each text function is called with; a function missing here fails the test. */
const SAMPLE_ARGUMENTS: { [K in TextFunctionKey]: Parameters<Bundle[K]>[] } = {
  updatedAgo: [['5 min ago']],
  refreshFailed: REFRESH_ERROR_KINDS.map((kind) => [kind]),
  newArticles: [[1], [3], [5]],
  checkedAt: [['14:05']],
  checkFailedAt: [
    ['14:05', '14:20'],
    ['14:05', null],
  ],
  topicBadge: [[['water']], [['water', 'Shevchenka']]],
  shareOf: [['Title']],
  topicRemove: [['water']],
  versionLabel: [['0.1.0', '2026-11-27']],
  searchShown: [['50']],
  storageUsage: [['1 MB', '2 GB']],
  photoUsage: [['1 MB', '100 MB']],
  documentUsage: [['33 kB']],
  photoOf: [['Title']],
  topicMatch: [[['water']]],
  moreNews: [[2]],
  urgentTitle: [['Title']],
};

/** Every text a bundle of strings can produce, its functions called with their sample arguments. */
function listTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const samples = (SAMPLE_ARGUMENTS as Record<string, unknown[][]>)[key];
    if (!samples) throw new Error(`No sample arguments for the text function ${key}`);
    return samples.map((args) => {
      const text: unknown = value(...args);
      if (typeof text !== 'string' || text === '') {
        throw new Error(`${key}(${JSON.stringify(args)}) gave ${JSON.stringify(text)}, not a text`);
      }
      return text;
    });
  }
  if (Array.isArray(value)) return value.flatMap((item) => listTexts(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => listTexts(item, name));
  }
  return [];
}

/** The shape of a bundle: its keys, nested, with the kind of each value. */
function describeShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(describeShape);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describeShape(v)]));
  }
  return typeof value;
}

describe('the translations', () => {
  it('give English every string Ukrainian has, shaped the same', () => {
    expect(describeShape(en)).toEqual(describeShape(uk));
    expect(describeShape(enScreens)).toEqual(describeShape(ukScreens));
  });

  it('give a text for every function in both languages', () => {
    for (const bundle of [uk, ukScreens, en, enScreens]) expect(listTexts(bundle)).not.toEqual([]);
  });

  it('leave no Ukrainian in the English strings', () => {
    const untranslated = [...listTexts(en), ...listTexts(enScreens)].filter((text) =>
      CYRILLIC.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it('count in both languages by their plural rules', () => {
    const counts = [1, 2, 5, 11, 21, 22, 25, 111];
    expect(counts.map((n) => formatPlural(n, ukScreens.searchFound, uk.locale))).toEqual([
      'Знайдено 1 новину',
      'Знайдено 2 новини',
      'Знайдено 5 новин',
      'Знайдено 11 новин',
      'Знайдено 21 новину',
      'Знайдено 22 новини',
      'Знайдено 25 новин',
      'Знайдено 111 новин',
    ]);
    expect(formatPlural(1, enScreens.searchFound, en.locale)).toBe('1 article found');
    expect(formatPlural(22, enScreens.searchFound, en.locale)).toBe('22 articles found');
    expect(formatPlural(3, ukScreens.savedCount, uk.locale)).toBe('3 збережені статті');
    expect(formatPlural(12, uk.unreadCount, uk.locale)).toBe('12 непрочитаних');
  });
});
