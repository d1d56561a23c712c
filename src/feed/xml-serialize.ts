import { escapeHtml } from '../core/text';
import { resolveSrcset, resolveUrl } from './resolve-urls';
import type { XmlElement } from './xml';

/** HTML elements that have no end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Serializes the children of an element as HTML: text escaped, elements by their local name
 * (`xhtml:p` → `p`), namespace declarations dropped, and src/href/srcset/poster resolved against
 * each element's own xml:base. This is how Atom xhtml content becomes contentHtml.
 */
export function serializeChildren(element: XmlElement): string {
  let html = '';
  for (const child of element.children) {
    html += typeof child === 'string' ? escapeHtml(child) : serializeElement(child);
  }
  return html;
}

/**
 * The HTML an RSS element carries: its text when it has only text (escaped or CDATA HTML, the
 * usual way), or its serialized children when a feed put raw markup inside it.
 */
export function getHtmlContent(element: XmlElement | undefined): string | null {
  if (element === undefined) return null;
  const hasElements = element.children.some((child) => typeof child !== 'string');
  const html = hasElements ? serializeChildren(element) : element.children.join('');
  return html.trim() === '' ? null : html;
}

function serializeElement(element: XmlElement): string {
  const name = element.local.toLowerCase();
  let html = `<${name}`;
  for (const [attribute, raw] of Object.entries(element.attributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:') || attribute === 'xml:base') {
      continue;
    }
    const value =
      attribute === 'srcset'
        ? resolveSrcset(raw, element.base)
        : attribute === 'src' || attribute === 'href' || attribute === 'poster'
          ? resolveUrl(raw, element.base)
          : raw;
    html += ` ${attribute === 'xml:lang' ? 'lang' : attribute}="${escapeHtml(value)}"`;
  }
  if (VOID_ELEMENTS.has(name)) return `${html}>`;
  return `${html}>${serializeChildren(element)}</${name}>`;
}
