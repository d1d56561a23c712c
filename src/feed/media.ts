import type { ArticleImage } from '../core/types';
import { htmlToText } from '../core/html-text';
import { collapseWhitespace } from '../core/text';
import type { Attachment } from './feed-entry';
import { isImageFile } from './images';
import { NS } from './namespaces';
import { resolveUrl } from './resolve-urls';
import type { XmlElement } from './xml';
import { getTextContent, listChildren } from './xml-query';

/** A file an item links to: an RSS enclosure or an Atom `link rel="enclosure"`. */
export interface Enclosure {
  url: string;
  type: string | undefined;
  /** Its declared size, as written. */
  length: string | undefined;
  title: string | undefined;
}

interface Candidate {
  image: ArticleImage;
  width: number;
}

/** The largest Media RSS image of an item (media:content or media:thumbnail, in groups too). */
export function findMediaImage(item: XmlElement): ArticleImage | null {
  const candidates = listMediaImages(item, getMediaDescription(item));
  for (const group of listChildren(item, 'group', NS.media)) {
    candidates.push(
      ...listMediaImages(group, getMediaDescription(group) ?? getMediaDescription(item)),
    );
  }
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (best === null || candidate.width > best.width) best = candidate;
  }
  return best?.image ?? null;
}

/** Splits enclosures into the first image, which illustrates the item, and the other files. */
export function splitEnclosures(enclosures: Enclosure[]): {
  image: ArticleImage | null;
  attachments: Attachment[];
} {
  let image: ArticleImage | null = null;
  const attachments: Attachment[] = [];
  for (const { url, type, length, title } of enclosures) {
    if (url === '') continue;
    // The first image illustrates the item; further images are not listed as files.
    if (!isImageFile(url, type)) attachments.push({ url, title: title ?? '', type, length });
    else image ??= { url, alt: '' };
  }
  return { image, attachments };
}

function listMediaImages(parent: XmlElement, fallbackAlt: string | null): Candidate[] {
  const candidates: Candidate[] = [];
  const contents = listChildren(parent, 'content', NS.media);
  // A video's media:content may carry its poster frame as a nested media:thumbnail.
  const elements = [
    ...contents,
    ...listChildren(parent, 'thumbnail', NS.media),
    ...contents.flatMap((content) => listChildren(content, 'thumbnail', NS.media)),
  ];
  for (const element of elements) {
    const url = resolveUrl(element.attributes.url ?? '', element.base);
    const isThumbnail = element.local === 'thumbnail';
    if (url === '') continue;
    if (!isThumbnail && !isImageFile(url, element.attributes.type, element.attributes.medium)) {
      continue;
    }
    const alt = getMediaDescription(element) ?? fallbackAlt ?? '';
    const width = Number.parseInt(element.attributes.width ?? '', 10);
    candidates.push({ image: { url, alt }, width: Number.isFinite(width) ? width : 0 });
  }
  return candidates;
}

function getMediaDescription(parent: XmlElement): string | null {
  const description = listChildren(parent, 'description', NS.media)[0];
  if (description === undefined) return null;
  const raw = getTextContent(description);
  const text = description.attributes.type === 'html' ? htmlToText(raw) : collapseWhitespace(raw);
  return text === '' ? null : text;
}
