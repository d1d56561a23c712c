import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../../../src/search/search-document';

const ARTICLE = {
  key: 'k',
  title: 'Кафе',
  summary: 'Лід',
  published: '2026-11-20T08:00:00.000Z',
  updated: null,
  firstSeen: '2026-11-20T08:05:00.000Z',
  categories: ['Новини'],
};

describe('toSearchDocument', () => {
  it('reads the body with every HTML entity decoded, as the parser reads titles', () => {
    const contentHtml = '<p>&laquo;Caf&eacute;&raquo; на&nbsp;розі, &frac12; ціни &rarr; тут</p>';
    expect(toSearchDocument({ ...ARTICLE, contentHtml }).text).toBe(
      '«Café» на\u00a0розі, ½ ціни → тут',
    );
  });

  it('falls back to the summary when the body has no text', () => {
    expect(toSearchDocument({ ...ARTICLE, contentHtml: '<img src="a.jpg">' }).text).toBe('Лід');
  });
});
