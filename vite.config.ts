import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { getWebAppManifest } from './src/core/manifest';
import { cityModulesPlugin, cityPlugin, loadBuildCity } from './vite/city-plugin';
import { devBackendPlugin } from './vite/dev-backend-plugin';
import { precompressPlugin } from './vite/precompress-plugin';

/** The service worker's build (vite-plugin-pwa's own Vite run) as quiet as the app's. */
function quietWorkerBuild(): Plugin {
  return {
    name: 'vistky:quiet-sw-build',
    config: () => ({ logLevel: 'error' }),
    outputOptions: ({ inlineDynamicImports, ...options }) =>
      inlineDynamicImports ? { ...options, codeSplitting: false } : options,
  };
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// `vite build --ssr src/ssr/render-pages.tsx` builds the server's renderer from the same
// components; it swaps the DOMPurify sanitizer, which needs a DOM, for its cheerio twin.
const SSR_ALIASES = [
  {
    find: /^.*\/article-html\/sanitize$/,
    replacement: fileURLToPath(new URL('./src/ssr/sanitize-article-html.ts', import.meta.url)),
  },
];

// CITY (default: package.json's #city) picks the city the build is made for: cities/README.md.
const city = await loadBuildCity();

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    cityPlugin(city),
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: getWebAppManifest(city.module, (path) =>
        existsSync(join(city.folder, 'public', path)),
      ),
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Store screenshots are for install sheets and the link-preview card for messengers,
        // not for reading offline.
        globIgnores: ['screenshots/**', 'og-card.png'],
        // The worker's own build speaks at Vite's default level whatever the app's build was
        // asked, and sets rolldown's deprecated inlineDynamicImports: errors only, one chunk.
        buildPlugins: { vite: [quietWorkerBuild(), cityModulesPlugin(city)] },
      },
    }),
    precompressPlugin(),
    devBackendPlugin(async (load) => {
      const { readServerConfig } =
        await load<typeof import('./src/server/config')>('/src/server/config.ts');
      const { buildServer } = await load<typeof import('./src/server/build-server')>(
        '/src/server/build-server.ts',
      );
      const config = readServerConfig(process.env);
      const demoBackend =
        config.mode === 'demo'
          ? (
              await load<typeof import('./mocks/demo-backend')>('/mocks/demo-backend.ts')
            ).createDemoBackend()
          : undefined;
      return buildServer(config, { apiOnly: true, demoBackend });
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_TIME__: JSON.stringify(new Date().toISOString()),
  },
  // The search worker is an ES module, like the app (Chromium, Firefox and Safari 15+ run them).
  worker: { format: 'es', plugins: () => [cityModulesPlugin(city)] },
  server: { port: Number(process.env.PORT) || 5173 },
  resolve: {
    // workbox-window's "module" entry is its ES5 build; for an ES2022 bundle the modern one does
    // the same in 1.3 kB gz instead of 2.3 kB (vite-plugin-pwa loads it on every start).
    alias: [
      { find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' },
      ...(isSsrBuild ? SSR_ALIASES : []),
    ],
  },
  build: {
    target: 'es2022',
    copyPublicDir: !isSsrBuild,
    sourcemap: false,
    // Every browser that runs the app's ES modules preloads them natively, and the lazy chunks
    // need nothing but the entry chunk: no preload helper in the first load's bytes.
    modulePreload: false,
    rolldownOptions: {
      // storage/index.ts only re-exports (test/unit/storage/index.test.ts checks). Marked as
      // having side effects, it would make every module it names part of the first load, and the
      // write path (put-feed-articles, normalisation) would join the entry chunk.
      treeshake: { moduleSideEffects: (id: string) => !id.endsWith('/src/storage/index.ts') },
      // Everything the first screen needs in one chunk: lazy routes share modules with it and
      // with each other, which automatic splitting would scatter over many small requests.
      output: isSsrBuild
        ? {}
        : { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
