/** Tags whose boundaries separate words, so stripping them leaves a line break, not nothing. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is code or markup, never readable text. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template']);

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Collapses runs of whitespace into one space and trims. A lone no-break space is kept, because
 * Ukrainian text uses it inside numbers ("1 890 000 ₴") and before units.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s{2,}|[\t\n\v\f\r\u2028\u2029]/g, ' ').trim();
}

/** Escapes text for use inside HTML content or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Whether the character at `index` can begin a tag (`<p`, `</p`, `<!--`, `<?`), not a lone `<`. */
export function isTagStart(html: string, index: number): boolean {
  const next = html.charCodeAt(index + 1);
  if (next === 0x21 || next === 0x3f) return true; // ! ?
  return isAsciiLetter(next === 0x2f ? html.charCodeAt(index + 2) : next); // </x
}

/**
 * The index just past the `>` that closes the tag opening at `start`, or -1 when the tag never
 * closes. A `>` inside a quoted attribute value does not close the tag.
 */
export function findTagEnd(html: string, start: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = start + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) {
      return i + 1;
    } else if ((c === 0x22 || c === 0x27) && afterEquals) {
      quote = c;
    } else if (c === 0x3d) {
      afterEquals = true;
      continue;
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
      continue;
    }
    afterEquals = false;
  }
  return -1;
}

/** The lower-cased name of the tag opening at `start` ('' for comments and declarations). */
export function readTagName(html: string, start: number): string {
  const from = html.charCodeAt(start + 1) === 0x2f ? start + 2 : start + 1;
  if (!isAsciiLetter(html.charCodeAt(from))) return '';
  let end = from + 1;
  for (; end < html.length; end++) {
    const c = html.charCodeAt(end);
    if (c === 0x3e || c === 0x2f || c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
  }
  return html.slice(from, end).toLowerCase();
}

/**
 * Removes tags, comments and script/style content from HTML, leaving its text. Block tags become
 * line breaks so words on both sides stay apart. Entities are left as they are: decode them after
 * stripping, so an escaped `&lt;b&gt;` stays visible as text.
 */
export function stripTags(html: string): string {
  let text = '';
  let copied = 0;
  let lt = html.indexOf('<');
  while (lt !== -1) {
    if (!isTagStart(html, lt)) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const end = html.startsWith('<!--', lt) ? findCommentEnd(html, lt) : findTagEnd(html, lt);
    // An unterminated tag: keep the rest as text rather than lose it, and stop scanning, which
    // keeps a body made of thousands of unclosed `<a` linear instead of quadratic.
    if (end === -1) break;
    text += html.slice(copied, lt);
    copied = end;
    const name = readTagName(html, lt);
    if (BLOCK_TAGS.has(name)) text += '\n';
    if (RAW_TEXT_TAGS.has(name) && html[lt + 1] !== '/') {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = end;
      copied = close.exec(html) === null ? html.length : close.lastIndex;
    }
    lt = html.indexOf('<', copied);
  }
  return text + html.slice(copied);
}

/**
 * Shortens text to at most `max` characters, cutting at the last word boundary and adding '…'.
 * Text that already fits is returned unchanged.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair (emoji, rare CJK) in half.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  // When the next character is whitespace, the cut already falls between words.
  if (!/\s/.test(text[cut.length] ?? '')) {
    let space = cut.length - 1;
    while (space > 0 && !/\s/.test(cut[space] ?? '')) space--;
    // A single very long word: cut inside it rather than drop most of the text.
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return cut.replace(/[\s,;:–—-]+$/, '') + '…';
}

/** Index just past the `-->` closing a comment; an unclosed comment runs to the end. */
function findCommentEnd(html: string, start: number): number {
  const close = html.indexOf('-->', start + 4);
  return close === -1 ? html.length : close + 3;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
