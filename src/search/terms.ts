import { stemmer } from '@orama/stemmers/ukrainian';
import { APOSTROPHE } from '../core/letters';
import { foldQueryWord, foldWord } from './normalize';
import { isStopword } from './stopwords';

// Hyphens that join the parts of one word («прес-служба»); dashes are punctuation.
const HYPHENS = /[-\u2010\u2011]/;
const CYRILLIC_WORD = /\p{Script=Cyrillic}/u;

// The 2019 orthography reform: older texts write «проект», newer «проєкт» (notes §1.4).
const REFORM_SPELLINGS: [string, string][] = [['проект', 'проєкт']];

// Folding and stemming are the slow steps of indexing and highlighting, and texts repeat their
// words: results are cached per word as written (cleared when full, to bound memory).
const stems = new Map<string, string>();
const indexTerms = new Map<string, string[]>();
const MAX_CACHED = 50_000;

function toCanonicalSpelling(part: string): string {
  for (const [old, current] of REFORM_SPELLINGS) {
    if (part.startsWith(old)) return current + part.slice(old.length);
  }
  return part;
}

/** The stem of a folded word; only Cyrillic words go through the Ukrainian stemmer. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = CYRILLIC_WORD.test(word) ? stemmer(word) : word;
    if (stems.size >= MAX_CACHED) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** A folded word's parts: apostrophes dropped (one key for пʼять, п’ять, п'ять), reform spelling. */
function splitParts(folded: string): string[] {
  return folded.split(APOSTROPHE).join('').split(HYPHENS).filter(Boolean).map(toCanonicalSpelling);
}

/**
 * The index terms of one word as the tokenizer found it: the stem of each hyphen part and of
 * the joined form («прес-служба» → прес, служб, пресслужб), stopwords left out.
 */
export function getIndexTerms(word: string): string[] {
  let terms = indexTerms.get(word);
  if (terms === undefined) {
    const parts = splitParts(foldWord(word));
    const forms = parts.length > 1 ? [...parts, parts.join('')] : parts;
    terms = [...new Set(forms.filter((form) => !isStopword(form)).map(stemWord))];
    if (indexTerms.size >= MAX_CACHED) indexTerms.clear();
    indexTerms.set(word, terms);
  }
  return terms;
}

/** What one query word looks for: its stem, and the folded form itself for prefix matching. */
export interface QueryWord {
  /** Stemmed joined form; null for a stopword, which alone would match nearly everything. */
  stem: string | null;
  /** Joined, folded, unstemmed: the start of a word still being typed. */
  prefix: string;
}

/**
 * A query word's terms. Only the joined form is searched: the index has it for hyphenated and
 * solid spellings alike, so «прес-служба» and «пресслужба» find each other.
 */
export function getQueryWord(word: string): QueryWord | null {
  const joined = splitParts(foldQueryWord(word)).join('');
  if (joined === '') return null;
  return { stem: isStopword(joined) ? null : stemWord(joined), prefix: joined };
}
