import { APOSTROPHE, APOSTROPHE_CHARS, INVISIBLE_CHARS, LATIN_LOOKALIKES } from './letters';

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

// Latin letters, capitals too, that look like Cyrillic ones: a Cyrillic word typed on a mixed layout has them.
const LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  ...LATIN_LOOKALIKES,
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/**
 * Folds any text the way search and «Мої теми» compare it: NFC, invisible characters dropped,
 * lower case, one apostrophe. Never strips diacritics: й, ї and ґ stay letters.
 */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      // Ukrainian has no special casing rules (only Turkic and Lithuanian do), so the plain mapping
      // is the Ukrainian one, and much faster than toLocaleLowerCase('uk') when indexing.
      .toLowerCase()
      .replace(APOSTROPHES, APOSTROPHE)
  );
}

/**
 * One word folded, with Latin look-alikes made Cyrillic when the word is mostly Cyrillic
 * («Днiпро» with a Latin i), so a defect in the text never hides it.
 */
export function foldWord(word: string): string {
  const cyrillic = word.match(CYRILLIC)?.length ?? 0;
  const latin = word.match(LATIN)?.length ?? 0;
  const fixed = cyrillic > latin ? word.replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c) : word;
  return foldText(fixed);
}
