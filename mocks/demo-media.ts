import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MEDIA_TYPES: Record<string, { dir: string; type: string }> = {
  jpg: { dir: 'photos', type: 'image/jpeg' },
  pdf: { dir: 'documents', type: 'application/pdf' },
  docx: {
    dir: 'documents',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

// Only plain kebab-case names, so a request can never climb out of the fixture folders.
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.([a-z]+)$/;

/** A photo or document of the demo, with its content type. */
export interface DemoMedia {
  bytes: Uint8Array;
  type: string;
}

/** Reads a demo photo or attachment by file name; null when there is no such file. */
export async function readDemoMedia(file: string): Promise<DemoMedia | null> {
  const media = MEDIA_TYPES[FILE_NAME.exec(file)?.[1] ?? ''];
  if (!media) return null;
  try {
    const url = new URL(`./fixtures/${media.dir}/${file}`, import.meta.url);
    return { bytes: new Uint8Array(await readFile(fileURLToPath(url))), type: media.type };
  } catch {
    return null;
  }
}
