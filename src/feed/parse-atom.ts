import type { FeedDocument, FeedEntry, TextValue } from './feed-entry';
import { MAX_FEED_ITEMS } from './limits';
import { findMediaImage, splitEnclosures } from './media';
import { resolveUrl } from './resolve-urls';
import type { XmlElement } from './xml';
import { findChild, getChildText, getTextContent, listChildren } from './xml-query';
import { serializeChildren } from './xml-serialize';

/**
 * Reads an Atom 1.0 document (root `feed`). Entries inherit the feed's authors; an entry with
 * only `updated` gets it as its publication date too. Entries cut off by truncation are counted
 * as skipped, never returned.
 */
export function parseAtom(root: XmlElement): FeedDocument {
  const ns = root.ns;
  const entries = listChildren(root, 'entry', ns);
  const kept = entries.slice(0, MAX_FEED_ITEMS);
  const complete = kept.filter((entry) => entry.complete);
  const feedAuthors = listAuthors(root, ns);
  return {
    format: 'atom',
    title: readText(findChild(root, 'title', ns)),
    homeUrl: findAlternateLink(root, ns) || null,
    entries: complete.map((entry) => readEntry(entry, ns, feedAuthors)),
    skipped: entries.length - complete.length,
  };
}

function readEntry(entry: XmlElement, ns: string, feedAuthors: string[]): FeedEntry {
  const contentElement = findChild(entry, 'content', ns);
  const summaryElement = findChild(entry, 'summary', ns);
  // Out-of-line content (`src`) is a link to the body, not the body.
  const content = contentElement?.attributes.src === undefined ? readText(contentElement) : null;
  const enclosures = listChildren(entry, 'link', ns)
    .filter((link) => link.attributes.rel?.trim() === 'enclosure')
    .map(({ attributes, base }) => ({
      url: resolveUrl(attributes.href ?? '', base),
      type: attributes.type,
      length: attributes.length,
      title: attributes.title,
    }));
  const { image, attachments } = splitEnclosures(enclosures);
  const updated = getChildText(entry, 'updated', ns);
  const entryAuthors = listAuthors(entry, ns);
  const sourceAuthors = listAuthors(findChild(entry, 'source', ns), ns);
  return {
    id: getChildText(entry, 'id', ns),
    url: findAlternateLink(entry, ns),
    title: readText(findChild(entry, 'title', ns)),
    summary: readText(summaryElement),
    content,
    published: getChildText(entry, 'published', ns) ?? updated,
    updated,
    authors: [entryAuthors, sourceAuthors, feedAuthors].find((names) => names.length > 0) ?? [],
    categories: listChildren(entry, 'category', ns).map(
      (category) => category.attributes.label ?? category.attributes.term ?? '',
    ),
    image: findMediaImage(entry) ?? image,
    attachments,
    base: (content === null ? summaryElement : contentElement)?.base ?? entry.base,
  };
}

/**
 * An Atom text construct (RFC 4287 §3.1): type text, html, or xhtml (a `div` whose children are
 * the content), text when absent or empty. Other media types: text/* as text, XML types as
 * xhtml, base64 ones skipped.
 */
function readText(element: XmlElement | undefined): TextValue | null {
  if (element === undefined) return null;
  // An empty type is no type at all, and the default is text.
  const type = element.attributes.type?.trim().toLowerCase() || 'text';
  let value: TextValue | null;
  if (type === 'xhtml' || /[/+]xml$/.test(type)) {
    const div = element.children.find(
      (child): child is XmlElement => typeof child !== 'string' && child.local === 'div',
    );
    value = { kind: 'html', value: serializeChildren(div ?? element) };
  } else if (type === 'html' || type === 'text/html') {
    value = { kind: 'html', value: getTextContent(element) };
  } else if (type === 'text' || type.startsWith('text/')) {
    value = { kind: 'text', value: getTextContent(element) };
  } else {
    value = null;
  }
  return value === null || value.value.trim() === '' ? null : value;
}

function findAlternateLink(parent: XmlElement, ns: string): string {
  const links = listChildren(parent, 'link', ns).map((link) => ({
    rel: (link.attributes.rel ?? 'alternate').trim(),
    type: link.attributes.type?.trim().toLowerCase() ?? '',
    href: resolveUrl(link.attributes.href ?? '', link.base),
  }));
  const usable = links.filter((link) => link.href !== '');
  const alternates = usable.filter((link) => link.rel === 'alternate');
  // Prefer the HTML page among alternates; without any, any link that is not about the feed
  // machinery itself.
  const best =
    alternates.find((link) => link.type === '' || link.type === 'text/html') ??
    alternates[0] ??
    usable.find((link) => !['self', 'edit', 'enclosure', 'replies'].includes(link.rel));
  return best?.href ?? '';
}

function listAuthors(parent: XmlElement | undefined, ns: string): string[] {
  return listChildren(parent, 'author', ns)
    .map((author) => getChildText(author, 'name', ns) ?? '')
    .filter((name) => name !== '');
}
