import { stemWord } from '../core/stem-word';
import { getWordForms, splitWordParts } from '../core/word-forms';
import { foldQueryWord } from './normalize';
import { isStopword } from './stopwords';

// Folding and stemming are the slow steps of indexing and highlighting, and texts repeat their
// words: results are cached per word as written (cleared when full, to bound memory).
const indexTerms = new Map<string, string[]>();
const MAX_CACHED = 50_000;

/**
 * The index terms of one word as the tokenizer found it: the stem of each hyphen part and of
 * the joined form («прес-служба» → прес, служб, пресслужб), stopwords left out.
 */
export function getIndexTerms(word: string): string[] {
  let terms = indexTerms.get(word);
  if (terms === undefined) {
    const forms = getWordForms(word).filter((form) => !isStopword(form));
    terms = [...new Set(forms.map(stemWord))];
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
  const joined = splitWordParts(foldQueryWord(word)).join('');
  if (joined === '') return null;
  return { stem: isStopword(joined) ? null : stemWord(joined), prefix: joined };
}
