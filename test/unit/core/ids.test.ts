import { describe, expect, it } from 'vitest';
import { getArticleKey, isArticleKey } from '../../../src/core/ids';

describe('getArticleKey', () => {
  it('gives the same key for the same id every time', () => {
    expect(getArticleKey('https://example.org/news/id-835/')).toBe(
      getArticleKey('https://example.org/news/id-835/'),
    );
  });

  it('gives a 14-character URL-safe key', () => {
    for (const id of ['a', '', 'demo-0001', 'tag:rada.example,2026:Новина «Вода»', 'x'.repeat(5000)]) {
      const key = getArticleKey(id);
      expect(key).toMatch(/^[0-9a-z]{14}$/);
      expect(encodeURIComponent(key)).toBe(key);
      expect(isArticleKey(key)).toBe(true);
    }
  });

  it('keeps a recorded key unchanged, because shared links carry it', () => {
    expect(getArticleKey('demo-0001')).toMatchInlineSnapshot(`"0naff320ulurll"`);
  });

  it('gives distinct keys to 100,000 distinct ids', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(getArticleKey(`https://chernigiv-rada.gov.ua/news/id-${i}/`));
    expect(keys.size).toBe(100_000);
  });
});
