import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import { collapseWhitespace } from '../core/text';
import { resolveHttpUrl } from './resolve-http-url';

/** A photo of an article: the lead image or one of its gallery. */
export interface PortalImage {
  url: string;
  alt: string;
  /** Whether the body HTML already shows it (else the feed adds it around the body). */
  inBody: boolean;
}

// Gallery thumbnails are labelled «Фото № 1», «Фото № 2», … and sometimes a caption follows.
const GALLERY_LABEL = /^Фото\s*№\s*(\d+)\s*[.:,–—-]?\s*/u;

/**
 * The article's images (`found`, the body's among them) in page order, each once, with alt text
 * from its caption or, when the caption is only a «Фото № N» label or missing, from the article
 * title. Body images without alt text get that alt written in, so the body HTML carries it too.
 */
export function extractImages(
  $: CheerioAPI,
  found: Cheerio<AnyNode>,
  body: Cheerio<AnyNode>,
  pageUrl: string,
  title: string,
): PortalImage[] {
  const inBody = new Set(body.find('img').toArray());
  const images: PortalImage[] = [];
  found.each((_, element) => {
    if (!isTag(element)) return;
    const img = $(element);
    const url = resolveHttpUrl(img.attr('data-src') || img.attr('src'), pageUrl);
    if (!url) return;
    const known = images.find((i) => i.url === url);
    const alt = known?.alt ?? getAlt(getCaption(img), title);
    if (inBody.has(element) && !img.attr('alt')?.trim()) img.attr('alt', alt);
    if (!known) images.push({ url, alt, inBody: inBody.has(element) });
  });
  return images;
}

function getCaption(img: Cheerio<AnyNode>): string {
  const candidates = [
    img.attr('alt'),
    img.attr('title'),
    img.closest('a').attr('title'),
    img.closest('figure').find('figcaption').first().text(),
  ];
  return collapseWhitespace(candidates.find((c) => c && c.trim()) ?? '');
}

function getAlt(caption: string, title: string): string {
  const label = GALLERY_LABEL.exec(caption);
  if (!label) return caption || title;
  const rest = caption.slice(label[0].length);
  return rest || `${title} — Фото № ${label[1]}`;
}
