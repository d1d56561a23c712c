import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../../src/core/fold-text';
import { tokenize } from '../../../src/core/tokenize';
import { foldQueryWord } from '../../../src/search/normalize';
import { getIndexTerms, getQueryWord } from '../../../src/search/terms';

describe('search normalisation', () => {
  it('lower-cases Ukrainian letters and keeps ґ, ї, й and є distinct', () => {
    expect(foldText('ҐАНОК Їжак ЙОГУРТ Євро Гора')).toBe('ґанок їжак йогурт євро гора');
  });

  it('composes decomposed letters instead of stripping their marks', () => {
    expect(foldText('Ки\u0457в и\u0306')).toBe('київ й');
    expect(foldText('Киі\u0308в')).toBe('київ');
  });

  it('drops stress marks, soft hyphens and zero-width characters', () => {
    expect(foldText('вода\u0301 водо\u00adпостачання ме\u200bр')).toBe('вода водопостачання мер');
  });

  it('maps every apostrophe variant to one', () => {
    const folded = ["п'ять", 'п’ять', 'пʼять', 'п‘ять', 'п`ять'].map(foldText);
    expect(new Set(folded)).toEqual(new Set(['пʼять']));
  });

  it('folds Latin look-alikes inside a Cyrillic word only', () => {
    expect(foldWord('Днiпро')).toBe('дніпро');
    expect(foldWord('CОБОР')).toBe('собор');
    expect(foldWord('VIII')).toBe('viii');
  });

  it('maps Russian-layout letters in queries', () => {
    expect(foldQueryWord('вызов')).toBe('визов');
  });

  it('keeps apostrophes and hyphens inside one token', () => {
    expect(tokenize("П’ять прес-служб, м'ясо — і «№ 41/VIII-1».")).toEqual([
      'П’ять',
      'прес-служб',
      "м'ясо",
      'і',
      '41',
      'VIII-1',
    ]);
  });
});

describe('index and query terms', () => {
  it('gives the three apostrophe spellings one term', () => {
    const terms = ["п'ятниця", 'п’ятниця', 'пʼятниця'].map(getIndexTerms);
    expect(terms[0]).toEqual(terms[1]);
    expect(terms[1]).toEqual(terms[2]);
  });

  it('indexes a hyphenated word by its parts and its joined form', () => {
    const terms = getIndexTerms('Прес-служба');
    expect(terms).toContain(getQueryWord('пресслужба')?.stem);
    expect(terms).toContain(getQueryWord('служба')?.stem);
    expect(getQueryWord('прес-служба')?.stem).toBe(getQueryWord('пресслужба')?.stem);
  });

  it('treats the old and new spellings of «проєкт» as one word', () => {
    expect(getIndexTerms('проекту')).toEqual(getIndexTerms('проєкту'));
    expect(getQueryWord('Проект')?.stem).toBe(getIndexTerms('проєктів')[0]);
  });

  it('stems inflected forms together', () => {
    const stems = ['новина', 'новини', 'новину', 'новинами'].map((word) => getIndexTerms(word)[0]);
    expect(new Set(stems).size).toBe(1);
  });

  it('leaves stopwords out of the index but keeps them as prefixes of a typed word', () => {
    expect(getIndexTerms('та')).toEqual([]);
    expect(getQueryWord('при')).toEqual({ stem: null, prefix: 'при' });
  });
});
