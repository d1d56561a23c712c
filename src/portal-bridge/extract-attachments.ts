import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import { collapseWhitespace } from '../core/text';
import { resolveHttpUrl } from './resolve-http-url';

/** A document linked from an article (a decision as PDF, DOC, DOCX, …). */
export interface PortalAttachment {
  url: string;
  title: string;
  mimeType: string;
  /** From a size printed next to the link («412 КБ»); null when the page does not say. */
  sizeInBytes: number | null;
  inBody: boolean;
}

const SIZE = /(\d+(?:[.,]\d+)?)\s*(байт|б|кб|kb|мб|mb)(?!\p{L})/iu;
// «(PDF, 412 КБ)» after a title repeats what the attachment's fields already say.
const TYPE_AND_SIZE_SUFFIX = /\s*\((?:[A-Za-z]{2,4},?\s*)?\d+(?:[.,]\d+)?\s*\p{L}{1,4}\)$/u;

/** The documents among the article's links, each once, typed by their file extension. */
export function extractAttachments(
  $: CheerioAPI,
  links: Cheerio<AnyNode>,
  body: Cheerio<AnyNode>,
  pageUrl: string,
  types: Record<string, string>,
): PortalAttachment[] {
  const inBody = new Set(body.find('a').toArray());
  const attachments: PortalAttachment[] = [];
  links.each((_, element) => {
    if (!isTag(element)) return;
    const link = $(element);
    const href = resolveHttpUrl(link.attr('href'), pageUrl);
    const url = href === null ? null : new URL(href);
    const fileName = url ? getFileName(url) : '';
    const mimeType = types[fileName.split('.').pop()?.toLowerCase() ?? ''];
    if (!url || !mimeType || attachments.some((a) => a.url === url.href)) return;
    const text = collapseWhitespace(link.text());
    const next = element.next?.type === 'text' ? element.next.data : '';
    attachments.push({
      url: url.href,
      title: text.replace(TYPE_AND_SIZE_SUFFIX, '') || fileName,
      mimeType,
      sizeInBytes: parseSize(`${text} ${link.attr('title') ?? ''} ${next}`),
      inBody: inBody.has(element),
    });
  });
  return attachments;
}

function parseSize(text: string): number | null {
  const match = SIZE.exec(text);
  if (!match) return null;
  const unit = match[2]!.toLowerCase();
  const factor = /^[кk]/u.test(unit) ? 1024 : /^[мm]/u.test(unit) ? 1024 * 1024 : 1;
  return Math.round(Number(match[1]!.replace(',', '.')) * factor);
}

function getFileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
