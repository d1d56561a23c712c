import { decodeHTMLAttribute } from 'entities/decode';
import type { ArticleImage } from '../core/types';
import { collapseWhitespace } from '../core/text';
import { scanStartTags } from './html-tags';

const IMAGE_EXTENSION = /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)(?:[?#]|$)/i;

/**
 * Whether a linked file is an image, judged by its declared medium, then its MIME type, then its
 * file extension (an enclosure's type is often missing or wrong).
 */
export function isImageFile(url: string, type: string | undefined, medium?: string): boolean {
  if (medium !== undefined && medium !== '') return medium.toLowerCase() === 'image';
  if (type !== undefined && /^image\//i.test(type.trim())) return true;
  return IMAGE_EXTENSION.test(url);
}

/** The first `<img>` with a source in an HTML fragment, with its alt text. */
export function findFirstImage(html: string): ArticleImage | null {
  let image: ArticleImage | null = null;
  scanStartTags(html, (tag) => {
    if (tag.name !== 'img') return false;
    const src = tag.attributes.find((attribute) => attribute.name === 'src');
    const url = decodeHTMLAttribute(src?.value ?? '').trim();
    if (url === '') return false;
    const alt = tag.attributes.find((attribute) => attribute.name === 'alt')?.value ?? '';
    image = { url, alt: collapseWhitespace(decodeHTMLAttribute(alt)) };
    return true;
  });
  return image;
}
