import { foldWord } from './fold-text';
import { APOSTROPHE } from './letters';

// Hyphens that join the parts of one word («прес-служба»); dashes are punctuation.
const HYPHENS = /[-\u2010\u2011]/;

// The 2019 orthography reform: older texts write «проект», newer «проєкт».
const REFORM_SPELLINGS: [string, string][] = [['проект', 'проєкт']];

function toCanonicalSpelling(part: string): string {
  for (const [old, current] of REFORM_SPELLINGS) {
    if (part.startsWith(old)) return current + part.slice(old.length);
  }
  return part;
}

/** A folded word's parts: apostrophes dropped (one key for пʼять, п’ять, п'ять), reform spelling. */
export function splitWordParts(folded: string): string[] {
  return folded.split(APOSTROPHE).join('').split(HYPHENS).filter(Boolean).map(toCanonicalSpelling);
}

/**
 * The forms a word of a text is found by, unstemmed: each hyphen part and the joined whole
 * («прес-служба» → прес, служба, пресслужба), so either spelling finds the other.
 */
export function getWordForms(word: string): string[] {
  const parts = splitWordParts(foldWord(word));
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}
