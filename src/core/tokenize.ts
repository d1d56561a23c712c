import { APOSTROPHE_CHARS } from './letters';

// A word: letters, digits and marks, with inner apostrophes and hyphens (пʼять, прес-служба).
// Invisible characters count as part of a word so that a soft hyphen never splits one.
const LETTERS = '[\\p{L}\\p{N}\\p{M}\u00ad\u200b-\u200d\u2060]+';
const WORD = new RegExp(`${LETTERS}(?:[${APOSTROPHE_CHARS}\\-\u2010\u2011]${LETTERS})*`, 'gu');

/** One word of a text and where it stands. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their positions, for highlighting. */
export function tokenizeWithPositions(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The words of a text, for the search index and «Мої теми» alike. `\p{L}` alone would split
 * «п’ять» at U+2019, so apostrophes between letters stay inside the word.
 */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}
