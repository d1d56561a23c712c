import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Which src layers and packages each layer may import: the table of docs/ARCHITECTURE.md. */
const RULES: Record<string, { layers: string[]; packages: RegExp[] }> = {
  // entities/decode: pure JS with no globals, for the one reading of HTML as text (html-text.ts).
  // #city/<export>: a piece of the build's city file (src/core/city.ts, cities/README.md).
  core: { layers: ['core'], packages: [/^entities\/decode$/, /^#city\//] },
  feed: { layers: ['core', 'feed'], packages: [/^saxes$/, /^entities(\/|$)/] },
  search: {
    layers: ['core', 'search'],
    packages: [/^minisearch$/, /^@orama\/stemmers\/ukrainian$/],
  },
  'search-worker': { layers: ['core', 'storage', 'search', 'search-worker'], packages: [] },
  net: { layers: ['core', 'net'], packages: [] },
  storage: { layers: ['core', 'storage'], packages: [/^idb$/] },
  refresh: { layers: ['core', 'feed', 'net', 'storage', 'refresh'], packages: [] },
  sw: { layers: ['core', 'feed', 'net', 'storage', 'refresh', 'sw'], packages: [/^workbox-/] },
  data: {
    // search-worker: only its script URL, to start the worker (see data/search-client.ts).
    layers: ['core', 'storage', 'refresh', 'search', 'search-worker', 'data'],
    packages: [/^@tanstack\/preact-query$/],
  },
  // virtual:pwa-register/preact is a Preact hook, so the hook around it uses preact/hooks too.
  pwa: { layers: ['core', 'pwa'], packages: [/^virtual:pwa-register\/preact$/, /^preact\/hooks$/] },
  'article-html': { layers: ['core', 'article-html'], packages: [/^dompurify$/] },
  ui: {
    layers: ['core', 'data', 'pwa', 'article-html', 'ui'],
    packages: [/^preact(\/hooks)?$/, /^preact-iso$/, /^@tanstack\/preact-query$/, /^#city\//],
  },
  'portal-bridge': {
    layers: ['core', 'feed', 'portal-bridge'],
    packages: [
      /^node:/,
      /^cheerio$/,
      /^domhandler$/,
      /^encoding-sniffer$/,
      /^write-file-atomic$/,
      /^#city\//,
    ],
  },
  // The server's renderer: the app's own screens from the feed, with the bridge's sanitizer.
  ssr: {
    layers: ['core', 'data', 'ui', 'portal-bridge', 'ssr'],
    packages: [/^preact$/, /^preact-render-to-string$/, /^@tanstack\/preact-query$/, /^cheerio$/],
  },
  server: {
    layers: ['core', 'feed', 'net', 'portal-bridge', 'server'],
    packages: [
      /^node:/,
      /^fastify(-plugin)?$/,
      /^@fastify\//,
      /^web-push$/,
      /^@libsql\/client$/,
      /^sharp$/,
      /^write-file-atomic$/,
      /^#city\//,
    ],
  },
  '(root)': {
    layers: [
      'core',
      'feed',
      'net',
      'storage',
      'refresh',
      'data',
      'pwa',
      'article-html',
      'ui',
      '(root)',
    ],
    packages: [/^preact(\/hooks)?$/, /^preact-iso$/, /^@tanstack\/preact-query$/],
  },
};

/**
 * Entry files, which wire layers together and are imported by nobody, with the layers they may
 * reach besides their own layer's.
 */
const ENTRY_FILES: Record<string, string[]> = {
  // `npm run bridge -- --site` writes the server's pages of the feed it crawled (static-site/).
  'portal-bridge/cli.ts': ['server'],
};

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function layerOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length === 1 ? '(root)' : parts[0]!;
}

function importsOf(source: string): string[] {
  const found = source.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s+'([^']+)'/g,
  );
  return [...found].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const files = listSources(SRC);

describe('the layer rules of docs/ARCHITECTURE.md', () => {
  it('knows the layer of every source folder', () => {
    expect([...new Set(files.map(layerOf))].filter((layer) => !(layer in RULES))).toEqual([]);
  });

  it('lets every module import only what its layer may', () => {
    const broken: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      const rule = RULES[layer]!;
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.endsWith('.css')) continue;
        if (specifier.startsWith('.')) {
          const target = join(file, '..', specifier);
          if (!target.startsWith(SRC)) {
            broken.push(`${relative(SRC, file)} reaches outside src: ${specifier}`);
            continue;
          }
          const [first = '', ...rest] = relative(SRC, target).split(sep);
          // '../storage' names a folder's index; './app' names a root module.
          const targetLayer = rest.length === 0 && !(first in RULES) ? '(root)' : first;
          const entryLayers = ENTRY_FILES[relative(SRC, file).split(sep).join('/')] ?? [];
          if (!rule.layers.includes(targetLayer) && !entryLayers.includes(targetLayer)) {
            broken.push(`${relative(SRC, file)} (${layer}) imports ${targetLayer}: ${specifier}`);
          }
        } else if (!rule.packages.some((allowed) => allowed.test(specifier))) {
          broken.push(`${relative(SRC, file)} (${layer}) imports package ${specifier}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
