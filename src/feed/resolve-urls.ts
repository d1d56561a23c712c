import { decodeHTMLAttribute } from 'entities/decode';
import { rewriteAttributes } from './html-tags';

// URL exists in windows, workers and Node, but not in lib ES2022 (see decode.ts).
const { URL } = globalThis as unknown as {
  URL: new (url: string, base?: string) => { href: string; protocol: string };
};

/** Attributes whose value is a URL (or, for srcset, a list of them) in feed HTML. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'srcset']);

/** Whether a URL reference starts with a scheme (`https:`, `mailto:`), so needs no base. */
export function isAbsoluteUrl(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(reference);
}

/**
 * Makes a URL reference absolute against a base (xml:base in scope, else the feed URL).
 * Absolute URLs and fragment-only references are kept as written; a reference that cannot be
 * resolved (no base, or a relative base) is returned unchanged.
 */
export function resolveUrl(reference: string, base: string | undefined): string {
  const ref = reference.trim();
  if (ref === '' || ref.startsWith('#') || isAbsoluteUrl(ref)) return ref;
  if (base === undefined) return ref;
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

/**
 * The URL if it is an absolute web (http or https) address, else ''. Article links and images
 * are rendered as href and src, so javascript:, data:, vbscript: and relative leftovers must not
 * get through; the URL parser sees through tabs and newlines that hide a scheme.
 */
export function toWebUrl(value: string): string {
  const trimmed = value.trim();
  let url: { href: string; protocol: string };
  try {
    url = new URL(trimmed);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  // The feed's own spelling when it is already plain, so stored links do not change form.
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : url.href;
}

/** Resolves each candidate URL of a srcset list, keeping its width or density descriptor. */
export function resolveSrcset(srcset: string, base: string | undefined): string {
  const candidates: string[] = [];
  let i = 0;
  // The srcset grammar (HTML §4.8.4.3.1): a URL is a run of non-whitespace, and commas that end
  // it separate candidates; otherwise a descriptor follows, up to the next comma. Scanned by
  // hand because a regex for it backtracks quadratically on long runs of commas.
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? '')) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i] ?? '')) i++;
    let end = i;
    while (end > start && srcset[end - 1] === ',') end--;
    if (start === i) break;
    let descriptor = '';
    if (end === i) {
      const comma = srcset.indexOf(',', i);
      const stop = comma === -1 ? srcset.length : comma;
      descriptor = srcset.slice(i, stop).trim();
      i = stop;
    }
    const url = resolveUrl(srcset.slice(start, end), base);
    candidates.push(descriptor === '' ? url : `${url} ${descriptor}`);
  }
  return candidates.join(', ');
}

/** Makes the href, src, srcset and poster attributes of an HTML fragment absolute. */
export function resolveHtmlUrls(html: string, base: string | undefined): string {
  if (base === undefined) return html;
  // Bodies repeat the same few URLs (icons, spacers); URL parsing dominates the cost otherwise.
  const resolved = new Map<string, string | null>();
  return rewriteAttributes(html, (_tag, name, value) => {
    if (!URL_ATTRIBUTES.has(name)) return null;
    const key = `${name === 'srcset' ? 's' : 'u'}${value}`;
    let result = resolved.get(key);
    if (result === undefined) {
      const decoded = decodeHTMLAttribute(value);
      const absolute = name === 'srcset' ? resolveSrcset(decoded, base) : resolveUrl(decoded, base);
      result = absolute === decoded.trim() ? null : absolute;
      resolved.set(key, result);
    }
    return result;
  });
}
