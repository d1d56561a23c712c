import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PREFERENCES } from '../../core/settings';
import { readServerConfig } from '../config';
import { writeDocuments, type WriteDocumentsOptions } from '../documents/write-documents';
import { writeRenditions, type WriteRenditionsOptions } from '../images/write-renditions';
import { createFeedPages } from '../pages/feed-pages';
import { findCityFile } from '../city-file';
import { readBuildCity } from '../ensure-build';
import { canFillShell } from '../pages/page-document';
import type { PageRenderer } from '../pages/site-pages';
import { SITE_FEED_FILES, type SiteFeed } from './site-feed';
import { writeSiteFiles, type SiteChanges, type SiteFile } from './site-files';

/** Where the static site goes and what its pages are made with. */
export interface SiteExportOptions {
  /** The folder the export owns (its pages, 404.html, the feed); never the app's build. */
  siteDir: string;
  /** The site's public origin, for canonical links and previews (no trailing slash). */
  siteUrl: string;
  /** The built app, whose index.html frames every page. */
  distDir: string;
  /** The built renderer (`vite build --ssr`, dist-ssr). */
  ssrDir: string;
  /**
   * Sized photos and the feed's documents, as the server serves them: written under img/ and doc/
   * before the pages that show them. Without, the pages show the feed's own photos and files.
   */
  renditions?: Omit<WriteRenditionsOptions, 'warn'> & {
    warn: (line: string) => void;
    documents: WriteDocumentsOptions;
  };
  /** The clock; the system's by default. */
  now?: () => number;
}

/** What one export wrote. */
export interface SiteReport extends SiteChanges {
  /** Pages the site has now (articles, sections, the list, the 404 page). */
  pages: number;
  feedFile: string;
  /** Making the pages, in memory. */
  renderMs: number;
  /** Writing them: the only time a reader can see two feed versions side by side. */
  writeMs: number;
}

/** A static site ready to be written, feed after feed. */
export interface SiteExport {
  write(feed: SiteFeed): Promise<SiteReport>;
}

/** The export cannot run: no build, a folder it must not write into, a write that failed (exit 3). */
export class SiteExportError extends Error {
  override name = 'SiteExportError';
}

// The page every visitor without the app's cookie gets from the server: Ukrainian, default look.
const LOOK = { preferences: DEFAULT_PREFERENCES };

/**
 * Checks the build and the folder once, so a cron job fails before its crawl rather than after,
 * and returns the writer: each feed becomes `index.html`, `section/<slug>/index.html`,
 * `news/<key>/index.html`, `404.html` and the feed itself in `siteDir`, the same pages the server
 * makes (see pages/feed-pages.ts), written as writeSiteFiles explains.
 */
export async function openSiteExport(options: SiteExportOptions): Promise<SiteExport> {
  const siteDir = resolve(options.siteDir);
  const distDir = resolve(options.distDir);
  // The app's shell must stay the empty index.html its service worker precaches: pages written
  // over it would change the precache with every feed.
  const isBuild =
    siteDir === distDir ||
    (await access(join(siteDir, 'sw.js')).then(
      () => true,
      () => false,
    ));
  if (isBuild) {
    throw new SiteExportError(
      `${options.siteDir} holds the app's build (sw.js): export into a folder of its own`,
    );
  }
  const shellPath = join(distDir, 'index.html');
  const shell = await readFile(shellPath, 'utf8').catch(() => '');
  if (!canFillShell(shell)) {
    throw new SiteExportError(`no built app at ${shellPath}: run npm run build`);
  }
  const renderer = await loadRenderer(resolve(options.ssrDir));
  const now = options.now ?? Date.now;

  return {
    async write(site: SiteFeed): Promise<SiteReport> {
      const started = now();
      const { data, pages } = createFeedPages(site.feed, {
        renderer,
        shell,
        siteUrl: options.siteUrl,
        // A static 404 page is one for every gone article: it names no shared link's source.
        portalOrigins: [],
        firstSeen: new Date(started).toISOString(),
        rebase: null,
        hasRenditions: options.renditions !== undefined,
      });
      const articles: SiteFile[] = data.articles.map((article) => ({
        path: `news/${article.key}/index.html`,
        text: pages.article(article.key, `/news/${article.key}`, undefined, LOOK).html,
      }));
      // A name with nothing to romanise has a percent-encoded slug, which is no folder name to
      // trust (`..`): its address gets the shell, and the app shows the section.
      const sections: SiteFile[] = data.sections.sections
        .filter((section) => /^[a-z0-9-]+$/.test(section.slug))
        .map((section) => ({
          path: `section/${section.slug}/index.html`,
          text: pages.list(section.slug, `/section/${section.slug}`, LOOK)!.html,
        }));
      // Served at any /news/<key> the feed no longer has, so it cannot name its own path: the app
      // drops it on start (another path) and shows its own «no longer in the feed» screen.
      const missing = { path: '404.html', text: pages.article('', '/', undefined, LOOK).html };
      const list = { path: 'index.html', text: pages.list(null, '/', LOOK)!.html };
      // The photos and documents before any page that shows them (each file written whole, as
      // the pages are): the pages' flag (pages/feed-pages.ts) tells the app both are here.
      if (options.renditions) {
        await writeRenditions(site.feed, siteDir, options.renditions);
        await writeDocuments(site.feed, siteDir, options.renditions.documents);
      }
      const rendered = now();
      let changes: SiteChanges;
      try {
        changes = await writeSiteFiles(
          siteDir,
          [articles, [...sections, missing], [list], [{ path: site.fileName, text: site.text }]],
          SITE_FEED_FILES.filter((name) => name !== site.fileName),
        );
      } catch (error) {
        throw new SiteExportError(`cannot write ${options.siteDir}: ${(error as Error).message}`);
      }
      return {
        ...changes,
        pages: articles.length + sections.length + 2,
        feedFile: site.fileName,
        renderMs: rendered - started,
        writeMs: now() - rendered,
      };
    },
  };
}

/** One line for the log: what the export did, as the bridge's summary line. */
export function describeSiteReport(report: SiteReport): string {
  return [
    `pages ${report.pages}`,
    `written ${report.written}, unchanged ${report.unchanged}, removed ${report.removed}`,
    `feed ${report.feedFile}`,
    `render ${(report.renderMs / 1000).toFixed(2)} s, write ${(report.writeMs / 1000).toFixed(2)} s`,
  ].join('; ');
}

async function loadRenderer(ssrDir: string): Promise<PageRenderer> {
  const file = join(ssrDir, 'render-pages.js');
  let renderer: PageRenderer;
  try {
    renderer = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as PageRenderer;
  } catch {
    throw new SiteExportError(`no page renderer at ${file}: run npm run build`);
  }
  // The pages' components come from the build, their tags from this process: one city for both.
  const built = await readBuildCity(ssrDir);
  if (built !== findCityFile()) {
    throw new SiteExportError(
      `the page renderer in ${ssrDir} was built for ${built ?? 'another city'}, not ${findCityFile()}: run npm run build with the same CITY`,
    );
  }
  return renderer;
}

/**
 * The sized photos and documents of an export from the command line, as `npm start` would make
 * them: the same disk caches (DATA_DIR, IMAGE_CACHE_MB, DOCUMENT_CACHE_MB) and origins
 * (IMAGE_ORIGINS). Entry files only.
 */
export function getRenditionOptions(log: (line: string) => void): SiteExportOptions['renditions'] {
  const { imageCache, documentCache, imageOrigins } = readServerConfig(process.env);
  return {
    cache: imageCache,
    imageOrigins,
    warn: (line) => log(`photo not sized, its pages will miss it: ${line}`),
    documents: {
      cache: documentCache,
      origins: imageOrigins,
      warn: (line) => log(`document not written, its links will fail on the site: ${line}`),
    },
  };
}
