import { getIndexTerms } from './terms';
import { tokenizeWithPositions } from '../core/tokenize';

/** A highlighted range of a text, [start, end) in UTF-16 code units. */
export interface TextMark {
  start: number;
  end: number;
}

/** A short excerpt of a text and its highlighted ranges, relative to the excerpt. */
export interface Snippet {
  text: string;
  marks: TextMark[];
}

/** The words of `text` whose index terms include one of `terms` (what the engine matched). */
export function findTermMarks(text: string, terms: ReadonlySet<string>): TextMark[] {
  if (terms.size === 0) return [];
  return tokenizeWithPositions(text)
    .filter((token) => getIndexTerms(token.word).some((term) => terms.has(term)))
    .map(({ start, end }) => ({ start, end }));
}

/** Every range of `text` the phrase pattern matches. */
export function findPatternMarks(text: string, pattern: RegExp | null): TextMark[] {
  if (!pattern) return [];
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Sorted, with overlapping or touching ranges joined, so each character is marked once. */
export function mergeMarks(marks: TextMark[]): TextMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const merged: TextMark[] = [];
  for (const mark of sorted) {
    const last = merged.at(-1);
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged;
}

/**
 * About `length` characters of `text` around its first mark, cut between words, with '…' where
 * text was left out. Without marks (a title-only hit) it is the opening of the text.
 */
export function makeSnippet(text: string, marks: TextMark[], length = 200): Snippet {
  if (text.length <= length) return { text, marks };
  const first = marks[0]?.start ?? 0;
  // Some words of context before the first match, then the rest of the window after it.
  let start = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shifted = marks
    .filter((mark) => mark.end > start && mark.start < end)
    .map((mark) => ({
      start: Math.max(mark.start, start) - start + lead.length,
      end: Math.min(mark.end, end) - start + lead.length,
    }));
  return { text: lead + text.slice(start, end) + tail, marks: shifted };
}
