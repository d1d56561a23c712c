import { collapseWhitespace, escapeHtml, findTagEnd, isTagStart } from '../core/text';

/** Whether a string holds markup (a complete tag or comment), not just text and entities. */
export function hasMarkup(html: string): boolean {
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    if (!isTagStart(html, lt)) continue;
    // The first tag start decides, which keeps this linear on hostile input.
    return html.startsWith('<!--', lt) || findTagEnd(html, lt) !== -1;
  }
  return false;
}

/**
 * Plain text as HTML: blank lines split paragraphs, single line breaks become `<br>`, and
 * everything is escaped.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => collapseWhitespace(line))
        .filter((line) => line !== '')
        .map(escapeHtml)
        .join('<br>'),
    )
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}
