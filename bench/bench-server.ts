import { createServer } from 'node:net';
import { join } from 'node:path';
import { createDemoBackend } from '../mocks/demo-backend';
import { buildServer } from '../src/server/build-server';
import { readServerConfig } from '../src/server/config';
import { runBuild } from '../src/server/ensure-build';

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

/** Builds the app and the server's page renderer exactly as `npm start` does. */
export async function buildApp(): Promise<void> {
  await runBuild(ROOT, join(ROOT, 'dist'), join(ROOT, 'dist-ssr'));
}

/** A port nobody listens on now, for a server the bench starts. */
export function getFreePort(): Promise<number> {
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

/** Starts the production server on a free port with the demo feed, as the e2e setup does. */
export async function startBenchServer(): Promise<BenchServer> {
  // No clock-driven demo releases: every run must see the same 49 articles.
  const pages = new Map<string, BenchResponse>();
  const server = await buildServer(readServerConfig({ LOG_LEVEL: 'warn' }, ROOT), {
    demoBackend: createDemoBackend({ newItemEveryMs: 0 }),
  });
  server.get('/bench/*', (request, reply) => {
    const page = pages.get(request.url.split('?', 1)[0]!);
    if (!page) return reply.callNotFound();
    // The app's security headers are set when the reply is sent; a page may bring its own.
    for (const [name, value] of Object.entries(page.headers ?? {})) reply.header(name, value);
    return reply.type(page.type).header('cache-control', 'no-cache').send(page.body);
  });
  const port = await getFreePort();
  await server.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serve: (path, response) => {
      if (!path.startsWith('/bench/')) throw new Error(`Bench pages live under /bench/: ${path}`);
      pages.set(path, response);
    },
    close: () => server.close(),
  };
}
