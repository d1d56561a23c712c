import { describe, expect, it } from 'vitest';
import { findMatchingTopics, prepareTopics } from '../../../src/core/topics';

const article = (contentText: string, title = 'Оголошення') => ({
  title,
  summary: '',
  contentText,
});

describe('findMatchingTopics', () => {
  it('matches a street by the start of its name', () => {
    const topics = prepareTopics(['магістратськ']);
    expect(findMatchingTopics(article('Роботи на вул. Магістратська, 7.'), topics)).toEqual([
      'магістратськ',
    ]);
  });

  it('matches a topic in another grammatical form', () => {
    const topics = prepareTopics(['вода']);
    expect(findMatchingTopics(article('Не буде холодної води до 18:00'), topics)).toEqual(['вода']);
    expect(findMatchingTopics(article('Підвіз питної води'), topics)).toEqual(['вода']);
  });

  it('requires every word of a multi-word topic', () => {
    const topics = prepareTopics(['вул. Магістратська']);
    expect(findMatchingTopics(article('на вулиці Магістратській'), topics)).toEqual([
      'вул. Магістратська',
    ]);
    expect(
      findMatchingTopics(
        article('на Магістратській площі'),
        prepareTopics(['Магістратська вулиця']),
      ),
    ).toEqual([]);
  });

  it('treats the three apostrophes and letter case alike', () => {
    const topics = prepareTopics(['ПʼЯТНИЦЯ']);
    expect(findMatchingTopics(article('У п’ятницю збори'), topics)).toHaveLength(1);
    expect(findMatchingTopics(article("У п'ятницю збори"), topics)).toHaveLength(1);
  });

  it('folds a Latin i typed inside a Cyrillic word', () => {
    const topics = prepareTopics(['свiтло']);
    expect(findMatchingTopics(article('Графік подачі світла'), topics)).toHaveLength(1);
  });

  it('keeps і and ї distinct', () => {
    expect(findMatchingTopics(article('Київ'), prepareTopics(['Кіев']))).toEqual([]);
  });

  it('does not match a short topic inside unrelated words', () => {
    expect(findMatchingTopics(article('Водночас тривають роботи'), prepareTopics(['вода']))).toEqual([]);
  });

  it('ignores empty topics', () => {
    expect(prepareTopics(['', '  ', '—'])).toEqual([]);
  });
});
