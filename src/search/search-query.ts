import type { Query } from 'minisearch';
import {
  findPatternMarks,
  findTermMarks,
  makeSnippet,
  mergeMarks,
  type TextMark,
} from './highlight';
import { buildPhrasePattern, findPhraseMatches, needsPhraseSearch } from './phrase';
import type { SearchIndex } from './search-index';
import { getQueryWord } from './terms';
import { tokenize } from '../core/tokenize';

/** Shorter queries would match nearly every article; the screen asks for more letters. */
export const MIN_QUERY_LENGTH = 2;
// Prefix expansion of a two-letter start walks thousands of terms; three keeps it quick.
const MIN_PREFIX_LENGTH = 3;
// Relevance in steps of a tenth of the best score: within a step, the newer article comes first.
const RELEVANCE_STEPS = 10;

/** One found article, ready to show: highlighted title and snippet, date and section. */
export interface SearchHit {
  key: string;
  title: string;
  titleMarks: TextMark[];
  snippet: string;
  snippetMarks: TextMark[];
  date: string;
  category: string | null;
}

/** The first `limit` hits, best first, and how many articles matched in all. */
export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

/**
 * The engine's query: every word must match (AND); a word matches by its stem, and the last one,
 * while it is still being typed, also as the start of a longer word.
 */
function buildQuery(query: string): Query | null {
  const words = tokenize(query);
  const isTyping = !/\s$/.test(query);
  const clauses = words.flatMap((word, position): Query[] => {
    const terms = getQueryWord(word);
    if (!terms) return [];
    const isLast = isTyping && position === words.length - 1;
    const alternatives: Query[] = [];
    if (terms.stem) alternatives.push({ queries: [terms.stem], prefix: false });
    if (isLast && terms.prefix.length >= MIN_PREFIX_LENGTH) {
      alternatives.push({ queries: [terms.prefix], prefix: true });
    }
    return alternatives.length > 0 ? [{ combineWith: 'OR', queries: alternatives }] : [];
  });
  return clauses.length > 0 ? { combineWith: 'AND', queries: clauses } : null;
}

/**
 * Searches the index: words by stem and prefix, plus the literal phrase for numbers like
 * «№ 41/VIII-1» (or when words find nothing). Ranked by relevance, then recency.
 */
export function searchDocuments(index: SearchIndex, query: string, limit = 50): SearchResults {
  if (query.trim().length < MIN_QUERY_LENGTH) return { total: 0, hits: [] };
  const scores = new Map<string, { score: number; terms: Set<string> }>();
  const engineQuery = buildQuery(query);
  for (const result of engineQuery ? index.engine.search(engineQuery) : []) {
    scores.set(result.id as string, { score: result.score, terms: new Set(result.terms) });
  }
  const pattern = needsPhraseSearch(query) || scores.size === 0 ? buildPhrasePattern(query) : null;
  if (pattern) {
    // The literal phrase is the strongest evidence there is: it outranks any word match.
    const bonus = Math.max(1, ...[...scores.values()].map((entry) => entry.score));
    for (const key of findPhraseMatches(index.documents.values(), pattern)) {
      const entry = scores.get(key) ?? { score: 0, terms: new Set<string>() };
      scores.set(key, { ...entry, score: entry.score + bonus });
    }
  }
  const best = Math.max(0, ...[...scores.values()].map((entry) => entry.score));
  const ranked = [...scores.entries()]
    .map(([key, entry]) => ({
      document: index.documents.get(key)!,
      terms: entry.terms,
      step: Math.round((entry.score / best) * RELEVANCE_STEPS),
    }))
    .filter((entry) => entry.document !== undefined)
    .sort((a, b) => b.step - a.step || (a.document.date < b.document.date ? 1 : -1));
  const hits = ranked.slice(0, limit).map(({ document, terms }) => {
    const titleMarks = mergeMarks([
      ...findTermMarks(document.title, terms),
      ...findPatternMarks(document.title, pattern),
    ]);
    const textMarks = mergeMarks([
      ...findTermMarks(document.text, terms),
      ...findPatternMarks(document.text, pattern),
    ]);
    const snippet = makeSnippet(document.text, textMarks);
    return {
      key: document.key,
      title: document.title,
      titleMarks,
      snippet: snippet.text,
      snippetMarks: snippet.marks,
      date: document.date,
      category: document.category,
    };
  });
  return { total: ranked.length, hits };
}
