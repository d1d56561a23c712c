import { load } from 'cheerio';
import { isTag } from 'domhandler';

/** Elements that run code, load other documents, change the page or take input. */
const DANGEROUS_ELEMENTS = new Set([
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
]);

// Browsers drop ASCII tabs, newlines and leading controls and spaces before reading a scheme.
const HOSTILE_SCHEME = /^(?:javascript|vbscript|data):/i;
const stripForScheme = (value: string) => value.replace(/[\u0000-\u0020]/g, '');

/**
 * Why an HTML fragment is not harmless to a reader that puts it in a page, or [] when it is,
 * by the rules of the app's sanitizer corpus: parsed as a browser parses it (parse5), it holds
 * no dangerous element, no on* handler, no style, id or name, no javascript:, vbscript: or
 * data: URL in any attribute, and no link target.
 */
export function findHarm(html: string): string[] {
  const $ = load(html);
  const harm: string[] = [];
  for (const element of $('*').toArray()) {
    if (!isTag(element)) continue;
    if (DANGEROUS_ELEMENTS.has(element.name)) harm.push(`element <${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) harm.push(`handler ${name}`);
      if (['style', 'id', 'name', 'target', 'srcdoc'].includes(name)) {
        harm.push(`attribute ${name}`);
      }
      for (const part of value.split(',')) {
        if (HOSTILE_SCHEME.test(stripForScheme(part))) harm.push(`URL ${name}=${value}`);
      }
    }
  }
  return harm;
}

/** The fragment as a browser would give it back after parsing it into a page (innerHTML). */
export function reparse(html: string): string {
  return load(html)('body').html() ?? '';
}
