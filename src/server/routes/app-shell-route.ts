import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { APP_ROUTE_PATHS } from '../../core/app-routes';
import { createEtag, isNotModified } from '../http/conditional-request';
import { compressBody, sendCompressed, type CompressedBody } from '../http/compressed-body';

interface Shell {
  body: CompressedBody;
  etag: string;
  mtimeMs: number;
}

// A new build can replace dist/ under a running server; looking once a second costs nothing.
const RECHECK_MS = 1000;

/**
 * Every app route, whatever its query string (?utm_source=…, ?fbclid=…, ?q=…), gets the built
 * index.html, compressed once per build; other paths are files or the 404 page.
 */
export async function registerAppShellRoute(app: FastifyInstance, distDir: string): Promise<void> {
  const path = join(distDir, 'index.html');
  let shell = await readShell(path);
  let checkedAt = Date.now();
  const getShell = async (): Promise<Shell> => {
    if (Date.now() - checkedAt < RECHECK_MS) return shell;
    checkedAt = Date.now();
    const { mtimeMs } = await stat(path).catch(() => shell);
    if (mtimeMs !== shell.mtimeMs) shell = await readShell(path).catch(() => shell);
    return shell;
  };
  for (const route of APP_ROUTE_PATHS) {
    app.get(route, async (request, reply) => {
      const { body, etag } = await getShell();
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (isNotModified(request.headers, etag, null)) return reply.code(304).send();
      reply.type('text/html; charset=utf-8');
      return sendCompressed(request, reply, body);
    });
  }
}

async function readShell(path: string): Promise<Shell> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new Error(`No built app at ${path}: run \`npm run build\` (npm start does it for you)`);
  }
  const { mtimeMs } = await stat(path);
  return { body: await compressBody(bytes), etag: createEtag(bytes), mtimeMs };
}
