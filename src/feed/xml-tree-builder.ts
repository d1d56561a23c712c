import { FeedParseError } from './feed-parse-error';
import { MAX_XML_DEPTH } from './limits';
import { CONVENTIONAL_PREFIXES, NAMESPACE_ALIASES } from './namespaces';
import { isAbsoluteUrl, resolveUrl } from './resolve-urls';
import type { XmlElement } from './xml';

/** Namespace map entries copied per document before it is rejected; real feeds need hundreds. */
const MAX_NAMESPACE_COPIES = 1_000_000;

/** Builds an element tree from parser events; the builder keeps what a parser's stack forgets. */
export interface XmlTreeBuilder {
  open(name: string, attributes: Record<string, string>): void;
  close(): void;
  text(text: string): void;
  /** The element closed last enclosed a mismatched end tag: it and its ancestors are damaged. */
  damageLastClosed(): void;
  readonly root: XmlElement | null;
  /** Elements opened and never closed. */
  readonly openCount: number;
  readonly elementCount: number;
}

/**
 * Creates a tree builder. Namespaces are resolved as elements open (with conventional prefixes
 * assumed when undeclared), and xml:base is resolved against the parent's base, starting from
 * `baseUrl`. A second root element and its subtree are ignored.
 */
export function createXmlTreeBuilder(baseUrl: string | undefined): XmlTreeBuilder {
  const stack: XmlElement[] = [];
  const scopes: Array<ReadonlyMap<string, string>> = [];
  const damaged = new Set<XmlElement>();
  const budget = { copies: MAX_NAMESPACE_COPIES };
  let root: XmlElement | null = null;
  let lastClosed: XmlElement | null = null;
  let ignoredDepth = 0;
  let elementCount = 0;

  return {
    open(name, attributes) {
      const parent = stack[stack.length - 1];
      if (parent === undefined && (root !== null || ignoredDepth > 0)) {
        ignoredDepth++;
        return;
      }
      if (stack.length >= MAX_XML_DEPTH) {
        throw new FeedParseError(
          `The feed nests elements more than ${MAX_XML_DEPTH} levels deep, which no real feed does; it was not read.`,
          'too-deep',
        );
      }
      const scope = declareNamespaces(
        attributes,
        scopes[scopes.length - 1] ?? CONVENTIONAL_PREFIXES,
        budget,
      );
      const element = createElement(name, attributes, scope, parent?.base ?? baseUrl);
      if (parent === undefined) root = element;
      else parent.children.push(element);
      stack.push(element);
      scopes.push(scope);
      elementCount++;
    },
    close() {
      if (ignoredDepth > 0 && stack.length === 0) {
        ignoredDepth--;
        return;
      }
      const element = stack.pop();
      scopes.pop();
      if (element === undefined) return;
      element.complete = !damaged.has(element);
      lastClosed = element;
    },
    text(text) {
      const children = stack[stack.length - 1]?.children;
      if (children === undefined) return; // whitespace or junk around the root
      const last = children.length - 1;
      if (typeof children[last] === 'string') children[last] += text;
      else children.push(text);
    },
    damageLastClosed() {
      if (lastClosed !== null) lastClosed.complete = false;
      for (const element of stack) damaged.add(element);
    },
    get root() {
      return root;
    },
    get openCount() {
      return stack.length;
    },
    get elementCount() {
      return elementCount;
    },
  };
}

function declareNamespaces(
  attributes: Record<string, string>,
  inherited: ReadonlyMap<string, string>,
  budget: { copies: number },
): ReadonlyMap<string, string> {
  let namespaces: Map<string, string> | null = null;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name.slice(6);
    const value = attributes[name]?.trim() ?? '';
    const uri = NAMESPACE_ALIASES.get(value) ?? value;
    if ((namespaces ?? inherited).get(prefix) === uri) continue;
    if (namespaces === null) {
      // Each element that declares a namespace copies the map in scope; a document declaring
      // thousands of prefixes on thousands of elements would make that quadratic.
      budget.copies -= inherited.size + 1;
      if (budget.copies < 0) {
        throw new FeedParseError(
          'The feed declares more XML namespaces than any real feed does; it was not read.',
          'broken-xml',
        );
      }
      namespaces = new Map(inherited);
    }
    namespaces.set(prefix, uri);
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
  const xmlBase = attributes['xml:base'];
  const base = xmlBase === undefined ? parentBase : resolveUrl(xmlBase, parentBase) || parentBase;
  return {
    name,
    local: colon === -1 ? name : name.slice(colon + 1),
    ns: namespaces.get(colon === -1 ? '' : name.slice(0, colon)) ?? '',
    attributes,
    children: [],
    // A relative xml:base with nothing to resolve it against cannot resolve anything either.
    base: base !== undefined && isAbsoluteUrl(base) ? base : parentBase,
    complete: false,
  };
}
