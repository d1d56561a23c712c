import type { TextMark } from '../../data/search-client';

/**
 * Text with the ranges search matched wrapped in <mark>. Built from elements and text nodes, never
 * from HTML, so nothing in an article's text can inject markup.
 */
export function HighlightedText({ text, marks }: { text: string; marks: TextMark[] }) {
  const parts = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(<mark key={mark.start}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
