import fc from 'fast-check';

/** Content-Type headers a feed arrives with, right, wrong and nonsensical. */
export const contentTypeArbitrary = fc.constantFrom(
  undefined,
  'application/rss+xml; charset=utf-8',
  'application/atom+xml',
  'application/feed+json',
  'text/html; charset=windows-1251',
  'text/xml; charset=koi8-u',
  'application/xml; charset=utf-16',
  'text/plain; charset=no-such-charset',
  'application/octet-stream',
);

const textArbitrary = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'Сесія міської ради',
    '&lt;b&gt;жирний&lt;/b&gt;',
    '<![CDATA[<p>Текст <img src="/a.jpg"></p>]]>',
    'javascript:alert(1)',
    ' java\nscript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/x',
    '/news/1',
    'Tue, 10 Mar 2026 09:00:00 +0200',
    '2026-03-10T09:00:00Z',
    'not a date',
    '&undefined;',
    '&#1;',
  ),
);

const escapeXml = (value: string) =>
  value
    .replace(/&(?![a-z#][\w#]*;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');

const FIELDS = [
  'title',
  'link',
  'guid',
  'description',
  'content:encoded',
  'pubDate',
  'dc:date',
  'dc:creator',
  'author',
  'category',
  'enclosure',
  'media:content',
  'media:thumbnail',
  'media:group',
  'id',
  'summary',
  'content',
  'updated',
  'published',
  'name',
  'x',
];
const ATTRIBUTES = [
  'href',
  'rel',
  'type',
  'url',
  'medium',
  'width',
  'isPermaLink',
  'xml:base',
  'src',
  'term',
];

const attributesArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...ATTRIBUTES), textArbitrary), { maxLength: 3 })
  .map((pairs) => pairs.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join(''));

const { field } = fc.letrec<{ field: string; content: string }>((tie) => ({
  content: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArbitrary.map(escapeXml),
    textArbitrary.map((text) => `<![CDATA[${text.replace(/]]>/g, '')}]]>`),
    tie('field'),
  ),
  field: fc
    .tuple(
      fc.constantFrom(...FIELDS),
      attributesArbitrary,
      fc.array(tie('content'), { maxLength: 3 }),
    )
    .map(([name, attrs, children]) => `<${name}${attrs}>${children.join('')}</${name}>`),
}));

const entriesArbitrary = (name: string) =>
  fc
    .array(fc.tuple(attributesArbitrary, fc.array(field, { maxLength: 6 })), { maxLength: 5 })
    .map((entries) =>
      entries.map(([attrs, fields]) => `<${name}${attrs}>${fields.join('')}</${name}>`).join(''),
    );

/** Well-formed RSS 2.0, RSS 1.0 or Atom whose items hold feed fields in random shapes. */
export const feedShapedXmlArbitrary = fc
  .oneof(
    fc
      .tuple(fc.array(field, { maxLength: 3 }), entriesArbitrary('item'))
      .map(
        ([channel, items]) =>
          `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel.join('')}${items}</channel></rss>`,
      ),
    entriesArbitrary('item').map(
      (items) =>
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">${items}</rdf:RDF>`,
    ),
    fc
      .tuple(fc.array(field, { maxLength: 3 }), entriesArbitrary('entry'))
      .map(
        ([feed, entries]) =>
          `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">${feed.join('')}${entries}</feed>`,
      ),
  )
  .map((xml) => `<?xml version="1.0"?>${xml}`);

const jsonLeaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), textArbitrary);

const jsonItemArbitrary = fc.record(
  {
    id: fc.oneof(textArbitrary, fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
    url: jsonLeaf,
    external_url: jsonLeaf,
    title: jsonLeaf,
    content_html: jsonLeaf,
    content_text: jsonLeaf,
    summary: jsonLeaf,
    image: jsonLeaf,
    banner_image: jsonLeaf,
    date_published: jsonLeaf,
    date_modified: jsonLeaf,
    authors: fc.array(fc.oneof(fc.record({ name: jsonLeaf, url: jsonLeaf }), jsonLeaf), {
      maxLength: 3,
    }),
    author: jsonLeaf,
    tags: fc.oneof(fc.array(jsonLeaf, { maxLength: 4 }), jsonLeaf),
    attachments: fc.array(
      fc.record({ url: jsonLeaf, mime_type: jsonLeaf, title: jsonLeaf }, { requiredKeys: [] }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** A JSON Feed whose every field may hold the wrong type, a hostile URL or nothing. */
export const jsonFeedArbitrary = fc
  .record(
    {
      version: fc.constantFrom(
        'https://jsonfeed.org/version/1.1',
        'https://jsonfeed.org/version/1',
      ),
      title: jsonLeaf,
      home_page_url: jsonLeaf,
      feed_url: jsonLeaf,
      authors: jsonLeaf,
      items: fc.array(fc.oneof(jsonItemArbitrary, jsonLeaf), { maxLength: 8 }),
    },
    { requiredKeys: ['version', 'items'] },
  )
  .map((feed) => JSON.stringify(feed));
