import { htmlToText } from '../core/html-text';
import type { FeedDocument, FeedEntry, TextValue } from './feed-entry';
import { MAX_FEED_ITEMS } from './limits';
import { findMediaImage, splitEnclosures } from './media';
import { NS } from './namespaces';
import { resolveUrl } from './resolve-urls';
import type { XmlElement } from './xml';
import { findChild, getChildText, getTextContent, listChildren } from './xml-query';
import { getHtmlContent } from './xml-serialize';

/**
 * Reads an RSS 2.0 document (root `rss`) or an RSS 1.0 / RDF one (root `rdf:RDF`, items beside
 * the channel). Items cut off by truncation are counted as skipped, never returned.
 */
export function parseRss(root: XmlElement): FeedDocument {
  const isRdf = root.local === 'RDF';
  const channel = root.children.find(
    (child): child is XmlElement => typeof child !== 'string' && child.local === 'channel',
  );
  // RSS 2.0 elements have no namespace; RSS 1.0 (and 0.90) ones share the channel's.
  const ns = channel?.ns ?? root.ns;
  const items = listChildren(isRdf || channel === undefined ? root : channel, 'item', ns);
  const kept = items.slice(0, MAX_FEED_ITEMS);
  const complete = kept.filter((item) => item.complete);
  const homeLink = findChild(channel, 'link', ns);
  const homeUrl = resolveUrl(getTextContent(homeLink), homeLink?.base);
  return {
    format: isRdf ? 'rss1' : 'rss2',
    title: toHtmlValue(readChannelTitle(channel, ns)),
    homeUrl: homeUrl === '' ? null : homeUrl,
    entries: complete.map((item) => readItem(item, ns)),
    skipped: items.length - complete.length,
  };
}

// Some generators write the channel's name only as Dublin Core's dc:title.
function readChannelTitle(channel: XmlElement | undefined, ns: string): string {
  const title = getTextContent(findChild(channel, 'title', ns));
  return title.trim() === '' ? getTextContent(findChild(channel, 'title', NS.dc)) : title;
}

function readItem(item: XmlElement, ns: string): FeedEntry {
  const linkElement = findChild(item, 'link', ns);
  const link = resolveUrl(getTextContent(linkElement), linkElement?.base);
  const guidElement = findChild(item, 'guid', ns);
  const guid = getTextContent(guidElement).trim();
  const isPermalink =
    guidElement?.attributes.isPermaLink?.trim() !== 'false' && /^https?:\/\/\S+$/i.test(guid);
  const enclosures = [
    ...listChildren(item, 'enclosure', ns).map(({ attributes, base }) => ({
      url: resolveUrl(attributes.url ?? '', base),
      type: attributes.type,
      length: attributes.length,
      title: attributes.title,
    })),
    // RSS 1.0 has no enclosure of its own: mod_enclosure names the file as an RDF resource.
    ...listChildren(item, 'enclosure', NS.enc).map(({ attributes, base }) => ({
      url: resolveUrl(attributes['rdf:resource'] ?? attributes['enc:url'] ?? '', base),
      type: attributes['enc:type'],
      length: attributes['enc:length'],
      title: attributes['dc:title'],
    })),
  ];
  const { image, attachments } = splitEnclosures(enclosures);
  const description = getHtmlContent(findChild(item, 'description', ns));
  // Full text: WordPress content:encoded, legacy Yandex.News, then ukr.net's bare <full-text>.
  const fullText =
    getHtmlContent(findChild(item, 'encoded', NS.content)) ??
    getHtmlContent(findChild(item, 'full-text', NS.yandex)) ??
    getHtmlContent(findChild(item, 'full-text', ns));
  const author = listChildren(item, 'creator', NS.dc).map(getPlainText);
  const title = getTextContent(findChild(item, 'title', ns));
  return {
    // RSS 1.0 has no guid; rdf:about is its item identifier.
    id: guid || item.attributes['rdf:about']?.trim() || null,
    url: link || (isPermalink ? guid : ''),
    title: title.trim() === '' ? null : toHtmlValue(title),
    summary: description === null ? null : toHtmlValue(description),
    content: fullText === null ? null : toHtmlValue(fullText),
    published: getChildText(item, 'pubDate', ns) ?? getChildText(item, 'date', NS.dc),
    updated: null,
    authors: author.length > 0 ? author : listChildren(item, 'author', ns).map(getPlainText),
    categories: [
      ...listChildren(item, 'category', ns).map(getPlainText),
      ...listChildren(item, 'subject', NS.dc).map(getPlainText),
    ],
    image: findMediaImage(item) ?? image,
    attachments,
    base: item.base,
  };
}

// WordPress escapes `&` even inside CDATA, so RSS text fields are HTML source too.
function getPlainText(element: XmlElement): string {
  return htmlToText(getTextContent(element));
}

function toHtmlValue(value: string): TextValue {
  return { kind: 'html', value };
}
