/** XML namespaces of the feed formats and the extensions the parser reads. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  enc: 'http://purl.oclc.org/net/rss_2.0/enc#',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
  yandex: 'http://news.yandex.ru',
} as const;

/**
 * Namespaces assumed for prefixes a feed uses without declaring them (a common slip, e.g.
 * `media:content` with no `xmlns:media`), and for variant URIs seen in the wild.
 */
export const CONVENTIONAL_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['atom', NS.atom],
  ['content', NS.content],
  ['dc', NS.dc],
  ['media', NS.media],
  ['rdf', NS.rdf],
  ['xml', NS.xml],
  ['yandex', NS.yandex],
]);

/** Namespace URIs that mean the same as a canonical one (Media RSS is written both ways). */
export const NAMESPACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['http://search.yahoo.com/mrss', NS.media],
  ['http://news.yandex.ru/', NS.yandex],
]);
