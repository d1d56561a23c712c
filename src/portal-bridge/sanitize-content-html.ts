import { load, type CheerioAPI } from 'cheerio';
import { isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';
import {
  ARTICLE_ALLOWED_ATTRIBUTES,
  ARTICLE_ALLOWED_TAGS,
  ARTICLE_URL_ATTRIBUTES,
  ARTICLE_URL_SCHEMES,
} from '../core/article-html-allowlist';

const ALLOWED_TAGS = new Set(ARTICLE_ALLOWED_TAGS);
const ALLOWED_ATTRIBUTES = new Set(ARTICLE_ALLOWED_ATTRIBUTES);
const URL_ATTRIBUTES = new Set(ARTICLE_URL_ATTRIBUTES);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

// Elements whose content is code, another document, or text the parser does not read as markup:
// unwrapping them, as other unknown elements are, would publish that content as article text.
const DROPPED_WITH_CONTENT = new Set([
  'applet',
  'audio',
  'base',
  'button',
  'canvas',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'input',
  'link',
  'map',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'plaintext',
  'portal',
  'script',
  'select',
  'style',
  'template',
  'textarea',
  'title',
  'video',
  'xmp',
]);

// An attribute value that closes a raw-text element or a comment only matters to a reader that
// pastes the HTML into one; DOMPurify's SAFE_FOR_XML drops such values too.
const MARKUP_IN_VALUE = /<\/|-->|\]\]>/;

/**
 * Makes a feed item's HTML safe for any reader of the feed, with the allowlist the app's
 * sanitizer uses: unknown elements give way to their content, dangerous ones go with it,
 * attributes outside the list go, and relative URLs become absolute against the page.
 */
export function sanitizeContentHtml(html: string, pageUrl: string): string {
  // Parsed as a whole document, as a browser's DOMParser would: the body holds the content.
  const $ = load(html);
  const body = $('body')[0];
  if (!body) return '';
  cleanChildren($, body, pageUrl);
  return ($(body).html() ?? '').trim();
}

function cleanChildren($: CheerioAPI, parent: ParentNode, pageUrl: string): void {
  for (const node of [...parent.children]) {
    if (!isTag(node)) {
      if (node.type !== 'text') $(node).remove();
      continue;
    }
    if (node.namespace !== HTML_NAMESPACE || DROPPED_WITH_CONTENT.has(node.name)) {
      $(node).remove();
      continue;
    }
    cleanChildren($, node, pageUrl);
    if (!ALLOWED_TAGS.has(node.name)) {
      $(node).replaceWith(node.children as AnyNode[]);
      continue;
    }
    cleanAttributes(node, pageUrl);
    if (node.name === 'img' && node.attribs.src === undefined) $(node).remove();
  }
}

function cleanAttributes(element: Element, pageUrl: string): void {
  for (const [name, value] of Object.entries(element.attribs)) {
    const safe =
      !ALLOWED_ATTRIBUTES.has(name) || MARKUP_IN_VALUE.test(value)
        ? null
        : URL_ATTRIBUTES.has(name)
          ? resolveUrl(value, pageUrl)
          : value;
    if (safe === null) delete element.attribs[name];
    else element.attribs[name] = safe;
  }
}

function resolveUrl(value: string, pageUrl: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  try {
    // WHATWG URL parsing drops tabs, newlines and leading controls as browsers do, so
    // «java&#x09;script:» is read as the javascript: URL it is.
    const url = new URL(trimmed, pageUrl);
    return ARTICLE_URL_SCHEMES.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
