import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** One file of the site: its path under the site's folder ('/'-separated) and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** What one export changed in the folder. */
export interface SiteChanges {
  written: number;
  unchanged: number;
  removed: number;
}

/** The folders whose entries are pages (news/<key>/, section/<slug>/), and what their names are. */
const PAGE_FOLDERS: Record<string, RegExp> = {
  news: /^[0-9a-z]{14}$/,
  section: /^[a-z0-9-]+$/,
};
// Enough to keep the disk busy; each write ends with an fsync.
const PARALLEL_WRITES = 8;

/**
 * Writes the site's files batch after batch, then removes the pages it no longer has and the
 * `obsolete` files. Each file is written to a temporary file beside it and renamed over the old
 * one, so a reader (nginx, Caddy, a CDN's pull) gets the old page or the new one, never part of
 * one. A file whose text has not changed is left alone: it keeps its mtime, so the web server's
 * ETag and Last-Modified stay and clients' revalidations keep getting 304s.
 *
 * Why files one by one and not a new folder swapped in: rename(2) cannot replace a folder that
 * has files, so a swap either leaves a moment with no folder (every page a 404) or needs a
 * symlink that the web server or CDN must be set up to follow. Instead the batches are ordered
 * so that no page ever links to one not yet written or already gone: targets (articles) first,
 * the pages that link to them after, removals last. Two versions then mix only while the export
 * writes (a fraction of a second for a few hundred pages).
 */
export async function writeSiteFiles(
  dir: string,
  batches: readonly (readonly SiteFile[])[],
  obsolete: readonly string[],
): Promise<SiteChanges> {
  const changes: SiteChanges = { written: 0, unchanged: 0, removed: 0 };
  const kept = new Set<string>();
  for (const batch of batches) {
    const queue = [...batch];
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        kept.add(file.path.split('/').slice(0, 2).join('/'));
        const path = join(dir, file.path);
        const current = await readFile(path, 'utf8').catch(() => null);
        if (current === file.text) {
          changes.unchanged++;
          continue;
        }
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, file.text);
        changes.written++;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  }
  for (const [folder, name] of Object.entries(PAGE_FOLDERS)) {
    const entries = await readdir(join(dir, folder)).catch(() => []);
    for (const entry of entries) {
      // Only names the export gives its pages: anything else in the folder is someone else's.
      if (!name.test(entry) || kept.has(`${folder}/${entry}`)) continue;
      await rm(join(dir, folder, entry), { recursive: true, force: true });
      changes.removed++;
    }
  }
  for (const path of obsolete) {
    try {
      await rm(join(dir, path));
      changes.removed++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return changes;
}
