import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  getImageId,
  getRenditionPath,
  type RenditionFormat,
  type RenditionName,
} from '../../core/image-renditions';
import type { ParsedFeed } from '../../core/types';
import { listFeedImageOrigins } from '../feed/image-origins';
import { openDiskCache } from './disk-cache';
import { createRenditionMaker, type ImageRecord } from './rendition-maker';

/** What the static export's renditions need besides the feed. */
export interface WriteRenditionsOptions {
  /** The renditions' disk cache (DATA_DIR/images): a later export makes only what changed. */
  cache: { dir: string; maxBytes: number };
  /** Configured photo origins (the feed's, IMAGE_ORIGINS); those the feed names are added. */
  imageOrigins: string[];
  fetch?: typeof fetch;
  /** Told of each photo that could not be made: its pages then show no photo there. */
  warn?: (message: string) => void;
}

/** What an export wrote. */
export interface WrittenRenditions {
  files: number;
  failedPhotos: number;
}

/** What the pages ask for: the card thumbnail, the article's widths, the link preview. */
const PAGE_RENDITIONS: [RenditionName, RenditionFormat][] = [
  ['thumb', 'webp'],
  ['w360', 'webp'],
  ['w360', 'jpeg'],
  ['w720', 'webp'],
  ['w720', 'jpeg'],
  ['w1080', 'webp'],
  ['w1080', 'jpeg'],
  ['preview', 'jpeg'],
];
const PARALLEL_PHOTOS = 4;
const USER_AGENT = 'Vistky/1.0 (city news reader; static export of its photos)';

/**
 * For a static site: writes under `outDir` every rendition the pages use of the feed's lead
 * photos, at the paths the server would answer (img/<rendition>/<id>.<ext>), made as it makes
 * them. A photo that fails is skipped and reported; the others are written.
 */
export async function writeRenditions(
  feed: ParsedFeed,
  outDir: string,
  options: WriteRenditionsOptions,
): Promise<WrittenRenditions> {
  const cache = await openDiskCache<ImageRecord>(options.cache.dir, options.cache.maxBytes);
  const maker = createRenditionMaker({
    cache,
    source: {
      fetch: options.fetch ?? globalThis.fetch,
      userAgent: USER_AGENT,
      signal: new AbortController().signal,
    },
    warn: options.warn,
  });
  const allowed = new Set([...options.imageOrigins, ...listFeedImageOrigins(feed)]);
  const photos = new Set<string>();
  for (const article of feed.articles) {
    const src = article.image?.url ?? '';
    if (getImageId(src) === null) continue;
    const url = new URL(src.trim());
    if (allowed.has(url.origin)) photos.add(url.href);
  }
  const queue = [...photos];
  const written: WrittenRenditions = { files: 0, failedPhotos: 0 };
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        for (const [name, format] of PAGE_RENDITIONS) {
          const file = await maker.getRendition(url, name, format);
          const path = join(outDir, getRenditionPath(url, name, format)!);
          if (await writeIfChanged(path, file.bytes)) written.files++;
        }
      } catch (error) {
        written.failedPhotos++;
        options.warn?.(`${url}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PHOTOS }, worker));
  return written;
}

/**
 * Writes a file of a static site whole (a temporary file renamed into place, so a web server
 * never sends half a photo), and only when its bytes changed, so an unchanged file keeps its
 * ETag. True if written.
 */
export async function writeIfChanged(path: string, bytes: Uint8Array): Promise<boolean> {
  const old = await readFile(path).catch(() => null);
  if (old && Buffer.compare(old, bytes) === 0) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return true;
}
