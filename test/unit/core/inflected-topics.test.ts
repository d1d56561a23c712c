import { describe, expect, it } from 'vitest';
import { findMatchingTopics, prepareTopics } from '../../../src/core/topics';
import { INFLECTION_TABLE } from './inflection-table';

describe('«Мої теми» across the forms of a word', () => {
  it.each(INFLECTION_TABLE)('matches the topic «%s» in «%s»', (topic, text) => {
    const article = { title: 'Оголошення', summary: '', contentText: text };
    expect(findMatchingTopics(article, prepareTopics([topic]))).toEqual([topic]);
  });
});
