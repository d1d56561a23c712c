import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../src/core/stem-word';

const PARADIGMS: Record<string, string[]> = {
  вулиц: ['вулиця', 'вулиці', 'вулицю', 'вулицею', 'вулиць', 'вулицям', 'вулицями', 'вулицях'],
  вод: ['вода', 'води', 'воді', 'воду', 'водою', 'вод', 'водам', 'водами', 'водах'],
  черніг: ['чернігів', 'чернігова', 'чернігову', 'чернігові', 'черніговом', 'чернігове'],
  депутат: ['депутат', 'депутата', 'депутатові', 'депутатом', 'депутати', 'депутатів'],
  сес: ['сесія', 'сесії', 'сесію', 'сесією', 'сесій', 'сесіям', 'сесіями', 'сесіях'],
  магістратськ: ['магістратська', 'магістратської', 'магістратській', 'магістратською'],
  рішен: ['рішення', 'рішень', 'рішенням', 'рішеннями', 'рішеннях'],
  ліц: ['ліцей', 'ліцею', 'ліцеї', 'ліцеєм', 'ліцеїв'],
  син: ['синій', 'синього', 'синя', 'синьої', 'синю', 'синьою'],
};

describe('stemWord', () => {
  it.each(Object.entries(PARADIGMS))(
    'gives every form of one word the stem «%s»',
    (stem, forms) => {
      expect(forms.map(stemWord)).toEqual(forms.map(() => stem));
    },
  );

  it('keeps short words whole rather than cut into their root', () => {
    expect(stemWord('мами')).toBe('мам');
    expect(stemWord('мер')).toBe('мер');
  });

  it('leaves numbers and Latin words alone', () => {
    expect(stemWord('41')).toBe('41');
    expect(stemWord('viii')).toBe('viii');
  });
});
