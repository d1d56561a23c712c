// A word: letters, digits and marks, with inner apostrophes and hyphens (пʼять, прес-служба).
// Invisible characters count as part of a word so that a soft hyphen never splits one.
const WORD =
  /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060]+(?:['\u2019\u2018\u02bc\u02b9`\u00b4\-\u2010\u2011][\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060]+)*/gu;

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
 * The words of a text, as MiniSearch's tokenizer. `\p{L}` alone would split «п’ять» at U+2019
 * (notes §2.5), so apostrophes between letters stay inside the word.
 */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}
