/** What a response body looks like before it is parsed. */
export type BodyShape =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'xml'; root: string }
  | { kind: 'html'; title: string | null }
  | { kind: 'other'; start: string };

/** Root element names that mean a web page, not a feed. */
const HTML_ROOTS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'script',
  'div',
  'p',
  'center',
]);

/** How far into the body to look for a page title. */
const TITLE_WINDOW = 65_536;

/**
 * Tells a JSON body, an XML document (with its root element's name), an HTML page (often a Wi-Fi
 * captive portal) and anything else apart, from the first characters only.
 */
export function sniffBody(text: string): BodyShape {
  const start = text.search(/\S/);
  if (start === -1) return { kind: 'empty' };
  const first = text[start];
  if (first === '{' || first === '[') return { kind: 'json' };
  if (first !== '<') return { kind: 'other', start: text.slice(start, start + 60).trim() };
  const root = findRootName(text, start);
  if (HTML_ROOTS.has(root.toLowerCase())) {
    const title = /<title[^>]{0,200}>([^<]{1,200})</i.exec(text.slice(0, TITLE_WINDOW))?.[1];
    return { kind: 'html', title: title?.replace(/\s+/g, ' ').trim() || null };
  }
  return { kind: 'xml', root };
}

/** The root element's name after the prolog; 'html' for an HTML doctype; '' when none. */
function findRootName(text: string, from: number): string {
  let i = from;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    let end: number;
    if (text.startsWith('<?', i)) {
      end = text.indexOf('?>', i);
      end = end === -1 ? end : end + 2;
    } else if (text.startsWith('<!--', i)) {
      end = text.indexOf('-->', i);
      end = end === -1 ? end : end + 3;
    } else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      if (/^<!doctype\s+html[\s>]/i.test(text.slice(i, i + 16))) return 'html';
      end = findDoctypeEnd(text, i);
    } else {
      return /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256))?.[1] ?? '';
    }
    if (end === -1) return '';
    i = end;
  }
  return '';
}

function findDoctypeEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  const subset = text.indexOf('[', start);
  // An internal subset holds declarations ending in `>`; the doctype ends at `]>`.
  const from = subset !== -1 && subset < close ? text.indexOf(']', subset) : start;
  const end = from === -1 ? -1 : text.indexOf('>', from);
  return end === -1 ? -1 : end + 1;
}
