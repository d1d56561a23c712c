import { getRenditionPath, type RenditionName } from './image-renditions';
import type { Article } from './types';

/** The <picture> of an article's lead photo: WebP and JPEG candidates, the fallback, the slot. */
export interface LeadPhotoSources {
  webpSrcset: string;
  jpegSrcset: string;
  /** The <img>'s own src, for browsers that read neither srcset. */
  src: string;
  sizes: string;
}

/** The box the lead photo fills (styles.css crops it to 3:2), for width and height attributes. */
export const LEAD_PHOTO_BOX = { width: 720, height: 480 } as const;

/**
 * The width a phone (360 CSS pixels at 2×) takes from the srcset: the one the service worker
 * downloads ahead, and keeps for offline reading whatever width the screen asked for online.
 */
export const WARMED_LEAD_RENDITION: RenditionName = 'w720';

// The article widths of core/image-renditions.ts, here so the list's first load, which imports
// that module for its thumbnails, does not carry the whole table.
const WIDTHS = [360, 720, 1080] as const;
// Full width on a phone; the page's column (48rem less its padding) on a wider screen.
const SIZES = '(min-width: 48rem) 744px, 100vw';

function toSrcset(
  url: string,
  widths: readonly (typeof WIDTHS)[number][],
  format: 'webp' | 'jpeg',
): string {
  return widths
    .map((width) => `${getRenditionPath(url, `w${width}` as const, format)} ${width}w`)
    .join(', ');
}

/**
 * The lead photo's renditions: three widths for the browser to choose from, or only the
 * smallest under the data saver. Null when the photo URL has no rendition (not absolute).
 */
export function getLeadPhotoSources(url: string, isDataSaver: boolean): LeadPhotoSources | null {
  const fallback = getRenditionPath(url, isDataSaver ? 'w360' : 'w720', 'jpeg');
  if (!fallback) return null;
  const widths = isDataSaver ? WIDTHS.slice(0, 1) : WIDTHS;
  return {
    webpSrcset: toSrcset(url, widths, 'webp'),
    jpegSrcset: toSrcset(url, widths, 'jpeg'),
    src: fallback,
    sizes: SIZES,
  };
}

/** Whether the article's body already shows its lead photo (feeds that take it from there). */
export function isLeadPhotoInBody(article: Pick<Article, 'image' | 'contentHtml'>): boolean {
  return article.image !== null && article.contentHtml.includes(article.image.url);
}
