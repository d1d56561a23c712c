import fc from 'fast-check';
import { readSample } from './samples';

/** Feeds of every format and encoding in mocks/feeds/ that parse cleanly, as bytes. */
const VALID_SAMPLES = [
  'rss2.xml',
  'rss1.rdf',
  'atom.xml',
  'jsonfeed-1.1.json',
  'jsonfeed-1.0.json',
  'rss2-full-text.xml',
  'duplicate-ids.xml',
  'rss2-windows-1251.xml',
  'rss2-koi8-u.xml',
].map((name) => ({ name, bytes: readSample(name) }));

const encoder = new TextEncoder();

// Pieces that steer a parser into its rarely taken paths: markup, entity and CDATA edges,
// declarations, bad code points, byte order marks, URLs with hostile schemes, JSON punctuation.
const TOKENS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/>',
  '</',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?xml version="1.0" encoding="koi8-u"?>',
  '<!DOCTYPE rss [<!ENTITY a "&#38;a;&#38;a;"><!ENTITY b SYSTEM "file:///etc/passwd">]>',
  '&a;',
  '&b;',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&nbsp;',
  '<item>',
  '</item>',
  '<entry>',
  '</entry>',
  '<title>',
  '</title>',
  '<link>javascript:alert(1)</link>',
  '<link>java\tscript:alert(1)</link>',
  '<guid isPermaLink="true">data:text/html,x</guid>',
  '<enclosure url="vbscript:x" type="image/jpeg"/>',
  '<description><![CDATA[<img src=x onerror=alert(1)>]]></description>',
  '<pubDate>Feb 30 2026</pubDate>',
  '<updated>+275760-09-13T00:00:00.001Z</updated>',
  'xml:base="javascript:/"',
  'xmlns="http://www.w3.org/2005/Atom"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"id":',
  '"url":"javascript:alert(1)",',
  '"items":',
  'null',
  '1e309',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\r\n',
].map((token) => encoder.encode(token));

const tokenArbitrary = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.uint8Array({ minLength: 1, maxLength: 8 }),
);

type Mutation = (bytes: Uint8Array) => Uint8Array;

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

// Positions wrap around the current length, so one mutation list fits any input. (fc.double
// and biased integers would favour the start, which breaks most inputs beyond use.)
const position = fc.noBias(fc.integer({ min: 0, max: 1 << 20 }));
const at = (where: number, bytes: Uint8Array) => where % (bytes.length + 1);

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(position, tokenArbitrary).map(([where, token]) => (b: Uint8Array) => {
      const i = at(where, b);
      return concat(b.subarray(0, i), token, b.subarray(i));
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(position, fc.integer({ min: 1, max: 200 }))
      .map(([where, length]) => (b: Uint8Array) => {
        const i = at(where, b);
        return concat(b.subarray(0, i), b.subarray(i + length));
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(position, position).map(([from, to]) => (b: Uint8Array) => {
      const [start, end] = [at(Math.min(from, to), b), at(Math.max(from, to), b)];
      return concat(b.subarray(0, end), b.subarray(start, end), b.subarray(end));
    }),
  },
  {
    weight: 1,
    arbitrary: position.map((where) => (b: Uint8Array) => b.subarray(0, at(where, b))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(position, fc.integer({ min: 0, max: 255 }))
      .map(([where, value]) => (b: Uint8Array) => {
        const out = b.slice();
        if (out.length > 0) out[at(where, b) % out.length] = value;
        return out;
      }),
  },
);

/** A valid sample feed with one to six random edits: inserts, cuts, copies, truncation. */
export const mutatedSampleArbitrary = fc
  .tuple(
    fc.constantFrom(...VALID_SAMPLES),
    fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }),
  )
  .map(([sample, mutations]) => ({
    name: sample.name,
    bytes: mutations.reduce((bytes, mutate) => mutate(bytes), sample.bytes),
  }));
