import { decodeHTMLStrict } from 'entities/decode';
import { SaxesParser } from 'saxes';
import { FeedParseError } from './feed-parse-error';
import { MAX_XML_DEPTH } from './limits';
import { CONVENTIONAL_PREFIXES, NAMESPACE_ALIASES } from './namespaces';
import { isAbsoluteUrl, resolveUrl } from './resolve-urls';

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

interface Frame {
  element: XmlElement;
  namespaces: ReadonlyMap<string, string>;
  isDamaged: boolean;
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

const PROTECTED_SECTION = /<!\[CDATA\[|<!--/g;
const REFERENCE = /(?:[A-Za-z_:][\w.:-]{0,63}|#\d{1,8}|#x[\dA-Fa-f]{1,8});/y;

/** Thrown from the error handler to stop saxes; never leaves this module. */
class TooManyErrors extends Error {}

/**
 * Parses XML into an element tree, recovering from errors where it can: elements whose end tag
 * never came (truncated input) or that enclose mismatched tags are marked incomplete.
 * `baseUrl` (the feed URL) is where xml:base resolution starts.
 */
export function parseXml(xml: string, baseUrl?: string): XmlDocument {
  const parser = new SaxesParser();
  parser.ENTITIES = ENTITIES;
  const stack: Frame[] = [];
  let root: XmlElement | null = null;
  let lastClosed: XmlElement | null = null;
  let ignoredDepth = 0;
  let isBroken = false;
  let firstError: string | null = null;

  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined && (root !== null || ignoredDepth > 0)) {
      ignoredDepth++; // a second root element: not part of the document
      return;
    }
    if (stack.length >= MAX_XML_DEPTH) {
      throw new FeedParseError(
        `The feed nests elements more than ${MAX_XML_DEPTH} levels deep, which no real feed does; it was not read.`,
        'too-deep',
      );
    }
    const namespaces = declareNamespaces(
      tag.attributes,
      parent?.namespaces ?? CONVENTIONAL_PREFIXES,
    );
    const element = createElement(
      tag.name,
      tag.attributes,
      namespaces,
      parent?.element.base ?? baseUrl,
    );
    if (parent === undefined) root = element;
    else parent.element.children.push(element);
    stack.push({ element, namespaces, isDamaged: false });
  });

  parser.on('closetag', () => {
    if (ignoredDepth > 0 && stack.length === 0) {
      ignoredDepth--;
      return;
    }
    const frame = stack.pop();
    if (frame === undefined) return;
    frame.element.complete = !frame.isDamaged;
    lastClosed = frame.element;
  });

  const appendText = (text: string): void => {
    const children = stack[stack.length - 1]?.element.children;
    if (children === undefined) return;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  };
  parser.on('text', appendText);
  parser.on('cdata', appendText);

  let errorCount = 0;
  parser.on('error', (error) => {
    if (++errorCount > MAX_XML_ERRORS) throw new TooManyErrors();
    if (!STRUCTURAL_ERROR.test(error.message)) return;
    isBroken = true;
    firstError ??= error.message;
    // saxes reports a mismatched end tag right after closing the element it popped for it.
    if (error.message.includes('unexpected close tag') && lastClosed !== null) {
      lastClosed.complete = false;
      for (const frame of stack) frame.isDamaged = true;
    }
  });

  const escaped = escapeBareAmpersands(xml);
  if (escaped.isCut) {
    isBroken = true;
    firstError = `more than ${MAX_BARE_AMPERSANDS} unescaped "&"`;
  }
  try {
    parser.write(escaped.text).close();
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
    firstError = `more than ${MAX_XML_ERRORS} errors, the last at ${parser.line}:${parser.column}`;
  }
  return { root, isBroken: isBroken || stack.length > 0, firstError };
}

/**
 * Escapes each `&` that does not start a reference, outside CDATA sections and comments. A bare
 * `&` (common in feed URLs) makes saxes read everything up to the next `;` as an entity name,
 * swallowing markup. Past MAX_BARE_AMPERSANDS the input is cut there and reported as broken.
 */
function escapeBareAmpersands(xml: string): { text: string; isCut: boolean } {
  const sections = new RegExp(PROTECTED_SECTION);
  let section = sections.exec(xml);
  const parts: string[] = [];
  let copied = 0;
  let i = xml.indexOf('&');
  while (i !== -1) {
    if (section !== null && section.index < i) {
      const closer = section[0] === '<!--' ? '-->' : ']]>';
      const close = xml.indexOf(closer, section.index + section[0].length);
      if (close === -1) break; // the rest is one unterminated section
      const end = close + closer.length;
      sections.lastIndex = end;
      section = sections.exec(xml);
      if (i < end) i = xml.indexOf('&', end);
      continue;
    }
    if (!isReferenceAt(xml, i + 1)) {
      parts.push(xml.slice(copied, i));
      copied = i + 1;
      if (parts.length > MAX_BARE_AMPERSANDS) return { text: parts.join('&amp;'), isCut: true };
    }
    i = xml.indexOf('&', i + 1);
  }
  parts.push(xml.slice(copied));
  return { text: parts.join('&amp;'), isCut: false };
}

function isReferenceAt(xml: string, index: number): boolean {
  const c = xml.charCodeAt(index);
  // Cheap rejection first: most bare `&` are followed by a space or a digit.
  if (!(
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x3a ||
    c === 0x23
  )) {
    return false;
  }
  REFERENCE.lastIndex = index;
  return REFERENCE.test(xml);
}
function lookUpEntity(name: string): string | undefined {
  const xml = XML_ENTITIES.get(name);
  if (xml !== undefined) return xml;
  if (!/^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name)) return undefined;
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

function declareNamespaces(
  attributes: Record<string, string>,
  inherited: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  let namespaces: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    namespaces ??= new Map(inherited);
    const uri = value.trim();
    namespaces.set(name.slice(6), NAMESPACE_ALIASES.get(uri) ?? uri);
  }
  return namespaces ?? inherited;
}

function createElement(
  name: string,
  attributes: Record<string, string>,
  namespaces: ReadonlyMap<string, string>,
  parentBase: string | undefined,
): XmlElement {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const xmlBase = attributes['xml:base'];
  const base = xmlBase === undefined ? parentBase : resolveUrl(xmlBase, parentBase) || parentBase;
  return {
    name,
    local: name.slice(colon + 1),
    ns: namespaces.get(prefix) ?? '',
    attributes,
    children: [],
    // A relative xml:base with nothing to resolve it against cannot resolve anything either.
    base: base !== undefined && isAbsoluteUrl(base) ? base : parentBase,
    complete: false,
  };
}
