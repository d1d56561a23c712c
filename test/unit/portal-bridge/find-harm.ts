import { load } from 'cheerio';
import { isTag } from 'domhandler';
import { DANGEROUS_ELEMENTS, hasHostileScheme } from '../html-harm';

const DANGEROUS = new Set(DANGEROUS_ELEMENTS);

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
    if (DANGEROUS.has(element.name)) harm.push(`element <${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) harm.push(`handler ${name}`);
      if (['style', 'id', 'name', 'target', 'srcdoc'].includes(name)) {
        harm.push(`attribute ${name}`);
      }
      if (hasHostileScheme(value)) harm.push(`URL ${name}=${value}`);
    }
  }
  return harm;
}

/** The fragment as a browser would give it back after parsing it into a page (innerHTML). */
export function reparse(html: string): string {
  return load(html)('body').html() ?? '';
}
