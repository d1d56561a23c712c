import { decodeHTMLStrict } from 'entities/decode';
import { SaxesParser } from 'saxes';
import { escapeBareAmpersands } from './escape-ampersands';
import { createXmlTreeBuilder } from './xml-tree-builder';

/** An XML element with its namespace resolved and its base URL in scope. */
export interface XmlElement {
  /** The qualified name as written, e.g. `media:content`. */
  name: string;
  local: string;
  /** Namespace URI; '' when none. */
  ns: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
  /** Absolute base URL in scope: the nearest xml:base resolved against the feed URL. */
  base: string | undefined;
  /** Whether its end tag was seen with every tag inside it properly nested. */
  complete: boolean;
}

/** The element tree of a document, and whether parts of it were lost. */
export interface XmlDocument {
  root: XmlElement | null;
  /** The input was cut off or its tags did not nest: some elements are incomplete. */
  isBroken: boolean;
  /** The first structural error, with line and column, for messages. */
  firstError: string | null;
}

const XML_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

// saxes looks entities up by name in this object. Only XML's five and, leniently for sloppy
// feeds, HTML's named entities resolve; entities declared in a DTD never expand (no "billion
// laughs"), and their references stay in the text as written.
const ENTITIES = new Proxy<Record<string, string>>(
  {},
  { get: (_target, name) => (typeof name === 'string' ? lookUpEntity(name) : undefined) },
);

const STRUCTURAL_ERROR = /unclosed tag|unexpected close tag|unmatched closing tag|unexpected end/;

/** Errors after which a document is treated as cut off there; creating each one is costly. */
const MAX_XML_ERRORS = 10_000;

/** Unescaped `&` after which a document is treated as cut off there. */
const MAX_BARE_AMPERSANDS = 100_000;

/** Elements after which a document is treated as cut off there; a real 10 MB feed has fewer. */
const MAX_XML_ELEMENTS = 1_000_000;

/** Thrown from a saxes handler to stop parsing; never leaves this module. */
class StopParsing extends Error {}

/**
 * Parses XML into an element tree, recovering from errors where it can: elements whose end tag
 * never came (truncated input) or that enclose mismatched tags are marked incomplete, and past
 * the error, ampersand and element budgets the input counts as cut off there.
 * `baseUrl` (the feed URL) is where xml:base resolution starts.
 */
export function parseXml(xml: string, baseUrl?: string): XmlDocument {
  const builder = createXmlTreeBuilder(baseUrl);
  const parser = new SaxesParser();
  parser.ENTITIES = ENTITIES;
  let firstError: string | null = null;
  let errorCount = 0;
  parser.on('opentag', (tag) => {
    if (builder.elementCount >= MAX_XML_ELEMENTS) {
      throw new StopParsing(`more than ${MAX_XML_ELEMENTS} elements`);
    }
    builder.open(tag.name, tag.attributes);
  });
  parser.on('closetag', () => builder.close());
  parser.on('text', (text) => builder.text(text));
  parser.on('cdata', (text) => builder.text(text));
  parser.on('error', (error) => {
    if (++errorCount > MAX_XML_ERRORS) throw new StopParsing(`more than ${MAX_XML_ERRORS} errors`);
    if (!STRUCTURAL_ERROR.test(error.message)) return;
    firstError ??= error.message;
    // saxes reports a mismatched end tag right after closing the element it popped for it.
    if (error.message.includes('unexpected close tag')) builder.damageLastClosed();
  });

  const escaped = escapeBareAmpersands(xml, MAX_BARE_AMPERSANDS);
  if (escaped.isCut) firstError = `more than ${MAX_BARE_AMPERSANDS} unescaped "&"`;
  try {
    parser.write(escaped.text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
    firstError = `${error.message}; stopped at ${parser.line}:${parser.column}`;
  }
  return {
    root: builder.root,
    isBroken: firstError !== null || builder.openCount > 0,
    firstError,
  };
}

function lookUpEntity(name: string): string | undefined {
  const xml = XML_ENTITIES.get(name);
  if (xml !== undefined) return xml;
  if (!/^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name)) return undefined;
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}
