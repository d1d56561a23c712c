import { foldWord } from '../core/fold-text';
import { APOSTROPHE } from '../core/letters';

// Letters of the Russian layout a hurried query may contain; Ukrainian has none of them.
const RUSSIAN_LAYOUT: Record<string, string> = { ы: 'и', э: 'е', ё: 'е', ъ: APOSTROPHE };
const RUSSIAN_LETTER = /[ыэёъ]/g;

/** A query word folded like an indexed one, plus the Russian-layout letters mapped. */
export function foldQueryWord(word: string): string {
  return foldWord(word).replace(RUSSIAN_LETTER, (c) => RUSSIAN_LAYOUT[c] ?? c);
}
