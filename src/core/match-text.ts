import { APOSTROPHE, APOSTROPHE_CHARS, INVISIBLE_CHARS, LATIN_LOOKALIKES } from './letters';

const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'g');
const CYRILLIC = /[\u0400-\u04FF]/;
// Longest first: a light Ukrainian suffix list, enough to merge the forms of one word that
// notices use («вода», «води», «воду»; «вулиця», «вулиці»). Stems shorter than 3 letters stay whole.
const ENDINGS = [
  'ями',
  'ами',
  'ові',
  'еві',
  'ого',
  'ому',
  'ими',
  'іми',
  'ій',
  'ий',
  'ої',
  'ою',
  'ею',
  'єю',
  'ах',
  'ях',
  'ам',
  'ям',
  'ом',
  'ем',
  'ів',
  'їв',
  'а',
  'я',
  'и',
  'і',
  'у',
  'ю',
  'о',
  'е',
  'є',
  'ь',
];

/**
 * Folds text the way residents type it: case, stress marks, the three apostrophes, and Latin
 * look-alike letters inside Cyrillic words. Keeps і/ї/є/ґ distinct (never strips diacritics).
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .toLocaleLowerCase('uk')
    .replace(APOSTROPHES, APOSTROPHE)
    .replace(/[\p{L}ʼ]+/gu, (word) =>
      CYRILLIC.test(word) ? word.replace(LOOKALIKE, (c) => LATIN_LOOKALIKES[c] ?? c) : word,
    );
}

/** The words of a text after normalisation; hyphenated words also give their parts. */
export function listWords(text: string): string[] {
  const words: string[] = [];
  for (const match of normalizeForMatch(text).matchAll(/[\p{L}\p{N}ʼ]+(?:-[\p{L}\p{N}ʼ]+)*/gu)) {
    const word = match[0];
    if (word.includes('-')) words.push(word.replaceAll('-', ''), ...word.split('-'));
    else words.push(word);
  }
  return words;
}

/** The word without its inflectional ending, so the forms of one word compare equal. */
export function stemWord(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}
