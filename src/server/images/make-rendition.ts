import sharp from 'sharp';
import { RENDITIONS, type RenditionFormat, type RenditionName } from '../../core/image-renditions';

/** The source could not be read as a photo (corrupt, not an image, too many pixels). */
export class RenditionError extends Error {
  override name = 'RenditionError';
}

// Larger than any camera's photo, far smaller than a decompression bomb's claimed size.
const MAX_INPUT_PIXELS = 50_000_000;
// WhatsApp drops an og:image of 300 kB or more; lower qualities until the preview fits.
const PREVIEW_MAX_BYTES = 290_000;
const PREVIEW_QUALITIES = [75, 60, 45, 30];
const QUALITY: Record<RenditionFormat, number> = { webp: 70, jpeg: 75 };

function encode(source: Uint8Array, name: RenditionName, format: RenditionFormat, quality: number) {
  const { width, height } = RENDITIONS[name];
  // rotate() applies the EXIF orientation; the output keeps no metadata (sharp's default).
  const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize(
      height === null ? { width, withoutEnlargement: true } : { width, height, fit: 'cover' },
    );
  if (format === 'webp') return image.webp({ quality }).toBuffer();
  // JPEG has no transparency: a transparent PNG would turn black.
  return image.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
}

/**
 * One rendition of a source photo: upright, sRGB, without metadata, WebP q70 or mozjpeg q75,
 * and the preview under WhatsApp's 300 kB limit.
 */
export async function makeRendition(
  source: Uint8Array,
  name: RenditionName,
  format: RenditionFormat,
): Promise<Buffer> {
  const qualities = name === 'preview' ? PREVIEW_QUALITIES : [QUALITY[format]];
  try {
    let bytes = Buffer.alloc(0);
    for (const quality of qualities) {
      bytes = await encode(source, name, format, quality);
      if (name !== 'preview' || bytes.byteLength <= PREVIEW_MAX_BYTES) break;
    }
    return bytes;
  } catch (error) {
    throw new RenditionError(`photo unreadable (${(error as Error).message.slice(0, 120)})`);
  }
}
