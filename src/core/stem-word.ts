// Inflectional endings of Ukrainian nouns and adjectives, longest first so that «-ами» wins over
// «-и». Verbs are left alone: notices name streets, services and bodies, and those are nouns.
const ENDINGS = (
  'ами ями ові еві єві ого ому ими іми ' +
  'ою ею єю ом ем єм ам ям ах ях ів їв ий ій ої их іх им ім ' +
  'а я и і ї у ю о е є ь й'
).split(' ');
// Shorter stems would cut into the root: «мами» stems to «мам», not «м».
const MIN_STEM = 3;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function dropTail(stem: string, tail: RegExp): string {
  const match = tail.exec(stem);
  return match && match.index >= MIN_STEM ? stem.slice(0, match.index) : stem;
}

/**
 * The stem of a folded word, shared by search and «Мої теми», so that every case and number of
 * one word has one stem: вулиця, вулицею, вулицях → вулиц; Чернігів, Чернігова → черніг;
 * сесія, сесії, сесій → сес. Words in other scripts (numbers, Latin) come back unchanged.
 */
export function stemWord(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  let stem = word;
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_STEM);
  if (ending) stem = word.slice(0, -ending.length);
  // A soft sign left before an ending: «синього» and «синій» share «син».
  stem = dropTail(stem, /ь$/);
  // і in a closed last syllable is о or е in the open ones: Чернігів, Чернігова, Черніговом.
  stem = dropTail(stem, /[оеєії]в$/);
  // A stem ending in a vowel loses it to some endings only: сесія, сесій; ліцеєм, ліцею.
  stem = dropTail(stem, /[іїеє]$/);
  // A doubled consonant before -я is single before -ь: рішення, рішень; питання, питань.
  return stem.replace(/([бвгґджзклмнпрстфхцчш])\1$/, '$1');
}
