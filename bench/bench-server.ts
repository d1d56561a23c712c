import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview, type Plugin } from 'vite';

/** The repository root (the bench runs from any working directory). */
export const ROOT = join(import.meta.dirname, '..');

/** A response the bench adds to the app's server (the limit page, the storage probe, feeds). */
export interface BenchResponse {
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

/** The running server: the built app as `npm start` serves it, plus the bench's own pages. */
export interface BenchServer {
  baseUrl: string;
  /** Serves `response` at `path` (under /bench/) from now on. */
  serve(path: string, response: BenchResponse): void;
  close(): Promise<void>;
}

/** Builds the app exactly as `npm start` does (`vite build`), failing loudly on errors. */
export function buildApp(): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function benchPagesPlugin(pages: Map<string, BenchResponse>): Plugin {
  return {
    name: 'vistky:bench-pages',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const page = pages.get(new URL(req.url ?? '/', 'http://localhost').pathname);
        if (!page) return next();
        // The app's security headers were set by an earlier middleware; a page may replace them.
        for (const [name, value] of Object.entries(page.headers ?? {})) res.setHeader(name, value);
        res.setHeader('Content-Type', page.type);
        res.setHeader('Cache-Control', 'no-cache');
        // Gzipped, like the app's own files, by the compression middleware that runs before this.
        res.end(page.body);
      });
    },
  };
}

/** Starts `vite preview` on a free port with the demo feed, as the e2e global setup does. */
export async function startBenchServer(): Promise<BenchServer> {
  // No clock-driven demo releases: every run must see the same 49 articles.
  process.env.DEMO_NEW_ITEM_MINUTES = 'off';
  delete process.env.FEED_URL;
  delete process.env.PORTAL_URL;
  const pages = new Map<string, BenchResponse>();
  const port = await getFreePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
    plugins: [benchPagesPlugin(pages)],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serve: (path, response) => {
      if (!path.startsWith('/bench/')) throw new Error(`Bench pages live under /bench/: ${path}`);
      pages.set(path, response);
    },
    close: () => server.close(),
  };
}
