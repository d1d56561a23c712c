import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerDeps } from '../../../src/server/build-server';
import { readServerConfig } from '../../../src/server/config';
import { precompressDirectory } from '../../../vite/precompress-plugin';

/** A loopback server, as a test starts and stops it. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The app's server on a free loopback port, with the Fastify instance for the test to inspect. */
export interface AppServer extends TestServer {
  app: FastifyInstance;
  port: number;
}

/** A shell in the image of the built one: the server only needs to find and send it. */
export const SHELL_HTML =
  '<!doctype html><html lang="uk"><title>Вістки</title><div id="app"></div>' +
  `<script type="module" src="/assets/index-Abc123_x.js"></script>${' '.repeat(2048)}</html>`;
export const ASSET_JS = `console.log(${JSON.stringify('x'.repeat(4096))});\n`;

/** What the stand-in renderer puts in #app: the page's kind and the titles it shows. */
const RENDERER_JS = `
export const renderListPage = (input) =>
  '<main data-page="list">' + input.articles.map((a) => '<h2>' + a.title + '</h2>').join('') + '</main>';
export const renderArticlePage = (article) => '<main data-page="article"><h1>' + article.title + '</h1></main>';
export const renderMissingArticlePage = (input) =>
  '<main data-page="missing">' + (input.sourceUrl ?? '') + '</main>';
`;

let dist: string | null = null;

/** A dist/ folder like the build's: shell, one hashed asset (with .br and .gz), sw.js, manifest. */
export async function getTestDist(): Promise<string> {
  if (dist) return dist;
  const dir = mkdtempSync(join(tmpdir(), 'vistky-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), SHELL_HTML);
  writeFileSync(join(dir, 'assets/index-Abc123_x.js'), ASSET_JS);
  writeFileSync(join(dir, 'sw.js'), `self.addEventListener('fetch', () => {});${' '.repeat(2048)}`);
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Вістки"}');
  // A stand-in for dist-ssr's renderer (SSR_DIR), so these tests need no build.
  writeFileSync(join(dir, 'render-pages.js'), RENDERER_JS);
  await precompressDirectory(dir);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  dist = dir;
  return dir;
}

/** Starts the production server on 127.0.0.1 with this environment (no logging unless asked). */
export async function startAppServer(
  env: Record<string, string> = {},
  deps: ServerDeps = {},
): Promise<AppServer> {
  const dir = await getTestDist();
  const config = readServerConfig({ DIST_DIR: dir, SSR_DIR: dir, ...env });
  const app = await buildServer(config, { logger: false, ...deps });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, port, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Starts a loopback HTTP server with one handler on a free port (an upstream feed, say). */
export async function startTestServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
