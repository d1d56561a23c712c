import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/en';
import { enScreens } from '../../../src/core/i18n/en-screens';
import { uk } from '../../../src/core/i18n/uk';
import { ukScreens } from '../../../src/core/i18n/uk-screens';
import { formatPlural } from '../../../src/core/plural';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const KINDS = ['offline', 'timeout', 'http', 'rate-limited', 'not-a-feed', 'storage-full'];

/** Every text a bundle of strings can produce, with sample arguments for the functions. */
function listTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // Arguments of every shape the functions take; a shape a function cannot use throws.
    const samples: unknown[][] = [...KINDS.map((kind) => [kind]), ['x', 'y'], [['x', 'y']], [3]];
    return samples.flatMap((args) => {
      try {
        const text: unknown = value(...args);
        return typeof text === 'string' ? [text] : [];
      } catch {
        return [];
      }
    });
  }
  if (Array.isArray(value)) return value.flatMap(listTexts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(listTexts);
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
