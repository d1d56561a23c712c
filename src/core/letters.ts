// The characters Ukrainian text carries in the wild that matching must see through: one list, so
// that topics, search and its phrase patterns agree on what is the same word.

/** Every apostrophe in use: typewriter, typographic, modifier letters, backtick, acute accent. */
export const APOSTROPHE_CHARS = "'\u2019\u2018\u02bc\u02b9`\u00b4";

/** The one apostrophe every variant becomes (U+02BC, what CLDR writes: «пʼятниця»). */
export const APOSTROPHE = '\u02bc';

/** Stress mark, soft hyphen and zero-width characters: invisible, yet they split or change words. */
export const INVISIBLE_CHARS = '\u0301\u00ad\u200b-\u200d\u2060\ufeff';

/** Lower-case Latin letters that look like Cyrillic ones: a word typed on a mixed layout has them. */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
