import { decodeHTML } from 'entities/decode';
import { collapseWhitespace, stripTags } from './text';

/**
 * Plain text of an HTML fragment: tags stripped, entities decoded once, whitespace collapsed. The
 * one reading of feed HTML as text, for titles and summaries in the parser and for search.
 */
export function htmlToText(html: string): string {
  return collapseWhitespace(decodeHTML(stripTags(html)));
}
