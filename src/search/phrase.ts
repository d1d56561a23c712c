import { APOSTROPHE_CHARS, LATIN_LOOKALIKES } from '../core/letters';
import type { SearchDocument } from './search-document';

const APOSTROPHE_CLASS = `[${APOSTROPHE_CHARS}]`;
const APOSTROPHE = new RegExp(APOSTROPHE_CLASS);
// Latin and Cyrillic letters that look alike, both ways: «VIII» is often typed with Cyrillic І.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  ...LATIN_LOOKALIKES,
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};
const TWINS: Record<string, string> = {
  ...LATIN_TO_CYRILLIC,
  ...Object.fromEntries(
    Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
  ),
};

/** Whether a query names something words alone miss: a number, «№», a slash or a dash. */
export function needsPhraseSearch(query: string): boolean {
  return /[\p{N}№/]/u.test(query);
}

/**
 * A case-insensitive pattern for the query as typed: spaces are optional («№41» finds «№ 41»),
 * apostrophe variants and Latin/Cyrillic look-alikes are equal. Null for a blank query.
 */
export function buildPhrasePattern(query: string): RegExp | null {
  const phrase = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (phrase === '') return null;
  let source = '';
  for (const char of phrase) {
    const lower = char.toLocaleLowerCase('uk');
    if (char === ' ') source += '\\s*';
    else if (APOSTROPHE.test(char)) source += APOSTROPHE_CLASS;
    else if (TWINS[lower]) source += `[${lower}${TWINS[lower]}]`;
    else source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    if (char === '№') source += '\\s*';
  }
  return new RegExp(source, 'giu');
}

/** The keys of documents whose title or text contains the phrase. */
export function findPhraseMatches(
  documents: Iterable<SearchDocument>,
  pattern: RegExp,
): Set<string> {
  const found = new Set<string>();
  for (const document of documents) {
    pattern.lastIndex = 0;
    const inTitle = pattern.test(document.title);
    pattern.lastIndex = 0;
    if (inTitle || pattern.test(document.text)) found.add(document.key);
  }
  return found;
}
