import type { XmlElement } from './xml';

/** The child elements with a given local name in one of the given namespaces, in order. */
export function listChildren(
  parent: XmlElement | undefined,
  local: string,
  ns: string | readonly string[],
): XmlElement[] {
  if (parent === undefined) return [];
  const namespaces = typeof ns === 'string' ? [ns] : ns;
  return parent.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.local === local && namespaces.includes(child.ns),
  );
}

/** The first child element with a given local name in one of the given namespaces. */
export function findChild(
  parent: XmlElement | undefined,
  local: string,
  ns: string | readonly string[],
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
  ns: string | readonly string[],
): string | null {
  const text = getTextContent(findChild(parent, local, ns)).trim();
  return text === '' ? null : text;
}
