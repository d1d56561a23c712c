import type { XmlElement } from './xml';

// Child lists are indexed once per element: an item with millions of children would otherwise
// be scanned again for each field read from it.
const CHILD_INDEX = new WeakMap<XmlElement, Map<string, XmlElement[]>>();

/** The child elements with a given local name and namespace, in order (a shared list). */
export function listChildren(
  parent: XmlElement | undefined,
  local: string,
  ns: string,
): readonly XmlElement[] {
  if (parent === undefined) return [];
  let index = CHILD_INDEX.get(parent);
  if (index === undefined) {
    index = new Map();
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      // A local name never contains a space, so the key is unambiguous.
      const key = `${child.local} ${child.ns}`;
      const list = index.get(key);
      if (list === undefined) index.set(key, [child]);
      else list.push(child);
    }
    CHILD_INDEX.set(parent, index);
  }
  return index.get(`${local} ${ns}`) ?? [];
}

/** The first child element with a given local name and namespace. */
export function findChild(
  parent: XmlElement | undefined,
  local: string,
  ns: string,
): XmlElement | undefined {
  return listChildren(parent, local, ns)[0];
}

/** All text inside an element, markup removed; '' for a missing element. */
export function getTextContent(element: XmlElement | undefined): string {
  if (element === undefined) return '';
  let text = '';
  for (const child of element.children) {
    text += typeof child === 'string' ? child : getTextContent(child);
  }
  return text;
}

/** The trimmed text of the first matching child, or null when it is missing or blank. */
export function getChildText(
  parent: XmlElement | undefined,
  local: string,
  ns: string,
): string | null {
  const text = getTextContent(findChild(parent, local, ns)).trim();
  return text === '' ? null : text;
}
