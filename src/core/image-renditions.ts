import { getArticleKey } from './ids';

// URL exists in windows, workers and Node, but not in lib ES2022, which core compiles against.
const { URL } = globalThis as unknown as {
  URL: new (url: string) => { href: string; protocol: string };
};

/** The sizes a server with renditions makes of a feed photo. */
export type RenditionName = 'thumb' | 'w360' | 'w720' | 'w1080' | 'preview';

/** The encodings of a rendition: WebP where browsers read it, JPEG for the rest and for crawlers. */
export type RenditionFormat = 'webp' | 'jpeg';

/** One size: `height` null keeps the source's shape, at most `width` wide, never enlarged. */
export interface Rendition {
  width: number;
  /** With a height, the photo is cropped to fill width × height exactly (CSS object-fit: cover). */
  height: number | null;
  formats: readonly RenditionFormat[];
}

/** Every rendition, with its size and the formats it comes in. */
export const RENDITIONS: Readonly<Record<RenditionName, Rendition>> = {
  // The card's thumbnail, at 2× its largest CSS box (136 × 96, styles.css .card__thumb).
  thumb: { width: 272, height: 192, formats: ['webp', 'jpeg'] },
  w360: { width: 360, height: null, formats: ['webp', 'jpeg'] },
  w720: { width: 720, height: null, formats: ['webp', 'jpeg'] },
  w1080: { width: 1080, height: null, formats: ['webp', 'jpeg'] },
  // og:image: the 1.91:1 card messengers show, as JPEG, which every crawler reads.
  preview: { width: 1200, height: 630, formats: ['jpeg'] },
};

/** The MIME type of each format. */
export const RENDITION_TYPES: Readonly<Record<RenditionFormat, string>> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

const EXTENSIONS: Readonly<Record<RenditionFormat, string>> = { webp: 'webp', jpeg: 'jpg' };

/** Where renditions live on the site's own origin: /img/<rendition>/<id>.<webp|jpg>. */
export const RENDITION_PREFIX = '/img/';

/**
 * The name of the meta tag by which a page says its server makes renditions and serves the
 * feed's documents (core/document-files.ts): the one flag of "this site serves the feed's media".
 */
export const IMAGE_RENDITIONS_META_NAME = 'vistky-image-renditions';

/** The tag itself, for the <head> of every page the server sends (its shell and rendered pages). */
export const IMAGE_RENDITIONS_META = `<meta name="${IMAGE_RENDITIONS_META_NAME}" content="on">`;

/**
 * The short id of a photo: the article key's hash of its absolute URL. Null for what is no
 * absolute http(s) URL, which no server can fetch.
 */
export function getImageId(src: string): string | null {
  try {
    const url = new URL(src.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? getArticleKey(url.href) : null;
  } catch {
    return null;
  }
}

/** The same-origin path of a photo's rendition, or null when the photo has no id. */
export function getRenditionPath(
  src: string,
  rendition: RenditionName,
  format: RenditionFormat,
): string | null {
  const id = getImageId(src);
  return id && `${RENDITION_PREFIX}${rendition}/${id}.${EXTENSIONS[format]}`;
}

/** A card's thumbnail: the sized WebP where the server makes renditions, else the feed's photo. */
export function getThumbnailSrc(url: string, hasRenditions: boolean): string {
  return (hasRenditions && getRenditionPath(url, 'thumb', 'webp')) || url;
}

/** What a rendition path asks for. */
export interface RenditionRequest {
  rendition: RenditionName;
  format: RenditionFormat;
  id: string;
}

const FILE = /^([0-9a-z]{14})\.(webp|jpg)$/;

/**
 * Reads the two segments after /img/ (as a route matches them); null for anything getRenditionPath
 * never makes, so no other name reaches a lookup, a file path or a log line.
 */
export function parseRenditionPath(rendition: string, file: string): RenditionRequest | null {
  const match = FILE.exec(file);
  if (!match || !Object.hasOwn(RENDITIONS, rendition)) return null;
  const format: RenditionFormat = match[2] === 'jpg' ? 'jpeg' : 'webp';
  const name = rendition as RenditionName;
  return RENDITIONS[name].formats.includes(format)
    ? { rendition: name, format, id: match[1]! }
    : null;
}

/**
 * The other renditions of the same photo, nearest first, that can stand in for `path` when it
 * cannot be fetched (offline, the worker prefetched another width). The preview is no stand-in.
 */
export function listStandInPaths(path: string): string[] {
  const [, rendition = '', file = ''] = /^\/img\/([a-z0-9]+)\/([^/]+)$/.exec(path) ?? [];
  const asked = parseRenditionPath(rendition, file);
  if (!asked) return [];
  const order: RenditionName[] =
    asked.rendition === 'thumb' ? ['thumb', 'w360', 'w720', 'w1080'] : ['w720', 'w1080', 'w360'];
  if (asked.rendition !== 'thumb') order.push('thumb');
  const formats: RenditionFormat[] = [asked.format, asked.format === 'webp' ? 'jpeg' : 'webp'];
  return order
    .flatMap((name) => formats.map((format) => ({ name, format })))
    .map(({ name, format }) => `${RENDITION_PREFIX}${name}/${asked.id}.${EXTENSIONS[format]}`)
    .filter((candidate) => candidate !== path);
}
