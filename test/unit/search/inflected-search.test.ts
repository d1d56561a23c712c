import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/search/search-index';
import { searchDocuments } from '../../../src/search/search-query';
import { INFLECTION_TABLE } from '../core/inflection-table';

const DATE = '2026-03-01T09:00:00.000Z';

describe('search across the forms of a word', () => {
  it.each(INFLECTION_TABLE)('finds «%s» in «%s»', (query, text) => {
    const index = createSearchIndex([
      { key: 'hit', title: 'Оголошення', text, date: DATE, category: null },
      { key: 'other', title: 'Оголошення', text: 'Концерт у парку', date: DATE, category: null },
    ]);
    expect(searchDocuments(index, query).hits.map((hit) => hit.key)).toEqual(['hit']);
  });
});
