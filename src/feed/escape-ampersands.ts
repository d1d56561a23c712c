const PROTECTED_SECTION = /<!\[CDATA\[|<!--/g;
const REFERENCE = /(?:[A-Za-z_:][\w.:-]{0,63}|#\d{1,8}|#x[\dA-Fa-f]{1,8});/y;

/**
 * Escapes each `&` of an XML document that does not start a reference, outside CDATA sections
 * and comments: a bare `&` (common in feed URLs) makes a strict parser read everything up to the
 * next `;` as an entity name, swallowing markup. Past `limit` bare ones the document is cut
 * there (`isCut`), which bounds the work on garbage.
 */
export function escapeBareAmpersands(xml: string, limit: number): { text: string; isCut: boolean } {
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
      if (parts.length > limit) return { text: parts.join('&amp;'), isCut: true };
    }
    i = xml.indexOf('&', i + 1);
  }
  parts.push(xml.slice(copied));
  return { text: parts.join('&amp;'), isCut: false };
}

function isReferenceAt(xml: string, index: number): boolean {
  REFERENCE.lastIndex = index;
  return REFERENCE.test(xml);
}
