// One allowlist for article HTML, applied by the app's sanitizer (DOMPurify, in the browser) and
// by the portal bridge (on Node) to the feed it writes, so that a reader of either gets the same
// markup. Anything not named here goes: handlers, styles, classes, ids and names (DOM
// clobbering), frames, forms, base, meta, link, SVG and MathML.

/** Elements an article may keep: text structure, tables, figures and images. */
export const ARTICLE_ALLOWED_TAGS: readonly string[] = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
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
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

/** Attributes an article may keep, on any allowed element; none of them can run code. */
export const ARTICLE_ALLOWED_ATTRIBUTES: readonly string[] = [
  'alt',
  'cite',
  'colspan',
  'datetime',
  'dir',
  'height',
  'href',
  'lang',
  'open',
  'reversed',
  'rowspan',
  'scope',
  'span',
  'src',
  'start',
  'title',
  'type',
  'value',
  'width',
];

/** The allowed attributes that hold a URL, each checked against ARTICLE_URL_SCHEMES. */
export const ARTICLE_URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/** Schemes (as `URL.protocol` spells them) a link or image may use: web, mail and phone only. */
export const ARTICLE_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * A URL attribute's value as written, before resolving: one of ARTICLE_URL_SCHEMES or a relative
 * URL, so javascript:, vbscript:, data: and app-specific schemes fail (DOMPurify's URI rule).
 */
export const ARTICLE_URL_PATTERN = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
