import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file's size as served raw and as gzip (zlib's default level 6, like most servers). */
export interface Size {
  raw: number;
  gzip: number;
}

/** One built file and its size. */
export interface FileSize extends Size {
  file: string;
}

/** The byte figures of a build: the list route's first load, lazy chunks and the precache. */
export interface ByteReport {
  initial: { html: FileSize[]; js: FileSize[]; css: FileSize[] };
  lazy: FileSize[];
  precache: Size & { entries: number };
  serviceWorker: FileSize;
}

/** Raw and gzip size of one file of the build. */
export function measureFile(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Adds sizes together. */
export function sumSizes(sizes: readonly Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

function readText(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'latin1');
}

/** Files a chunk imports statically (`import … from "./x.js"`), as paths under dist/. */
function listStaticImports(dist: string, file: string): string[] {
  const code = readText(dist, file);
  const found = code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g);
  return [...found].map((m) => `assets/${m[1]}`);
}

/** Every JS and CSS file index.html loads, with the chunks they statically import. */
function listInitialFiles(dist: string): { js: string[]; css: string[] } {
  const html = readText(dist, 'index.html');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+)"/g)];
  const css = refs.map((m) => m[1]!).filter((f) => f.endsWith('.css'));
  const queue = refs.map((m) => m[1]!).filter((f) => f.endsWith('.js'));
  const js = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...listStaticImports(dist, file));
  }
  return { js: [...js], css };
}

function listJs(dist: string): string[] {
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .sort();
}

/** The URLs of the precache manifest that the build injected into sw.js, without repeats. */
export function listPrecacheUrls(dist: string): string[] {
  const sw = readText(dist, 'sw.js');
  const urls = [...sw.matchAll(/"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  if (urls.length === 0) throw new Error('No precache manifest found in dist/sw.js');
  return [...new Set(urls)];
}

/** Measures a production build in `dist`: what the list route loads first, lazily, and offline. */
export function measureBytes(dist: string): ByteReport {
  const initial = listInitialFiles(dist);
  const initialJs = new Set(initial.js);
  const precacheFiles = listPrecacheUrls(dist).map((url) => measureFile(dist, url));
  return {
    initial: {
      html: [measureFile(dist, 'index.html')],
      js: initial.js.map((f) => measureFile(dist, f)),
      css: initial.css.map((f) => measureFile(dist, f)),
    },
    lazy: listJs(dist)
      .filter((f) => !initialJs.has(f))
      .map((f) => measureFile(dist, f)),
    precache: { ...sumSizes(precacheFiles), entries: precacheFiles.length },
    serviceWorker: measureFile(dist, 'sw.js'),
  };
}
