/**
 * What no article HTML may carry, whoever sanitized it (the app's DOMPurify, the bridge's
 * cheerio): the rules both sanitizer corpora check their output against.
 */

/** Elements that run code, load other documents, change the page or take input. */
export const DANGEROUS_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'isindex',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'xmp',
];

/**
 * Whether an attribute's value holds a javascript:, vbscript: or data: URL, in any of its
 * comma-separated parts (srcset), as a browser reads it: ASCII tabs, newlines and leading
 * controls and spaces are dropped before the scheme.
 */
export function hasHostileScheme(value: string): boolean {
  return value
    .split(',')
    .some((part) => /^(?:javascript|vbscript|data):/i.test(part.replace(/[\u0000-\u0020]/g, '')));
}
