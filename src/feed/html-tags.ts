import { findTagEnd, isTagStart, readTagName } from '../core/text';

/** One attribute of a start tag, with where its raw value sits in the source. */
export interface HtmlAttribute {
  name: string;
  /** The value as written, entities not decoded, quotes removed. */
  value: string;
  /** Source range of the value including its quotes; equal when the attribute has no value. */
  from: number;
  to: number;
}

/** One start tag of an HTML fragment. */
export interface HtmlTag {
  name: string;
  attributes: HtmlAttribute[];
}

/**
 * Calls `visit` for each start tag of an HTML fragment, in order, until it returns true.
 * Comments are skipped; the scan is linear even on hostile input.
 */
export function scanStartTags(html: string, visit: (tag: HtmlTag) => boolean | void): void {
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) return;
    if (!isTagStart(html, lt)) {
      pos = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) return;
      pos = close + 3;
      continue;
    }
    const end = findTagEnd(html, lt);
    if (end === -1) return;
    const name = readTagName(html, lt);
    if (name !== '' && html[lt + 1] !== '/') {
      const attributes = readAttributes(html, lt + 1 + name.length, end - 1);
      if (visit({ name, attributes }) === true) return;
    }
    pos = end;
  }
}

/**
 * Rewrites attribute values of an HTML fragment. `replace` gets the tag name, the attribute name
 * and its raw value, and returns the new (unescaped) value or null to keep the original.
 */
export function rewriteAttributes(
  html: string,
  replace: (tag: string, name: string, value: string) => string | null,
): string {
  let out = '';
  let copied = 0;
  scanStartTags(html, (tag) => {
    for (const attribute of tag.attributes) {
      const value = replace(tag.name, attribute.name, attribute.value);
      if (value === null) continue;
      const quoted = `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
      const prefix = attribute.from === attribute.to ? '=' : '';
      out += html.slice(copied, attribute.from) + prefix + quoted;
      copied = attribute.to;
    }
  });
  return copied === 0 ? html : out + html.slice(copied);
}

function readAttributes(html: string, from: number, to: number): HtmlAttribute[] {
  const attributes: HtmlAttribute[] = [];
  let i = from;
  // Between attributes a `/` counts as space (`<img src=a.jpg />`).
  const isSeparator = (index: number): boolean =>
    isSpaceCode(html.charCodeAt(index)) || html.charCodeAt(index) === 0x2f;
  while (i < to) {
    while (i < to && isSeparator(i)) i++;
    const nameStart = i;
    while (i < to && !isSeparator(i) && html[i] !== '=') i++;
    if (i === nameStart) {
      i++;
      continue;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < to && isSpaceCode(html.charCodeAt(j))) j++;
    if (html[j] !== '=') {
      attributes.push({ name, value: '', from: i, to: i });
      continue;
    }
    j++;
    while (j < to && isSpaceCode(html.charCodeAt(j))) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      const valueEnd = close === -1 || close > to ? to : close;
      attributes.push({ name, value: html.slice(j + 1, valueEnd), from: j, to: valueEnd + 1 });
      i = valueEnd + 1;
    } else {
      let valueEnd = j;
      while (valueEnd < to && !isSpaceCode(html.charCodeAt(valueEnd))) valueEnd++;
      attributes.push({ name, value: html.slice(j, valueEnd), from: j, to: valueEnd });
      i = valueEnd;
    }
  }
  return attributes;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}
