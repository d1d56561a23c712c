import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ROUTE_PATHS } from '../../core/app-routes';
import { createEtag, isNotModified } from '../http/conditional-request';
import { compressBody, sendCompressed, type CompressedBody } from '../http/compressed-body';

/** The built index.html, read once per build. */
export interface Shell {
  text: string;
  body: CompressedBody;
  etag: string;
  mtimeMs: number;
}

/** A page the server made for a request, ready to send; null to send the plain shell. */
export type PageMaker = (
  request: FastifyRequest,
  shell: Shell,
) => Promise<{ status: number; body: CompressedBody; etag: string } | null>;

// A new build can replace dist/ under a running server; looking once a second costs nothing.
const RECHECK_MS = 1000;

/**
 * Every app route, whatever its query string (?utm_source=…, ?fbclid=…, ?q=…): the page the
 * server makes of it (`makePage`: the list and articles), else the built index.html, which the app
 * fills in. Other paths are files or the 404 page.
 */
export async function registerAppRoutes(
  app: FastifyInstance,
  distDir: string,
  makePage: PageMaker | null,
  /** Tags the server adds to the shell's <head> (that it makes sized photos). */
  headTags: string,
): Promise<void> {
  const path = join(distDir, 'index.html');
  const readShell = (file: string) => readShellFile(file, headTags);
  let shell = await readShell(path);
  let checkedAt = Date.now();
  const getShell = async (): Promise<Shell> => {
    if (Date.now() - checkedAt < RECHECK_MS) return shell;
    checkedAt = Date.now();
    const { mtimeMs } = await stat(path).catch(() => shell);
    if (mtimeMs !== shell.mtimeMs) shell = await readShell(path).catch(() => shell);
    return shell;
  };
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    page: { status: number; body: CompressedBody; etag: string },
  ) => {
    reply.code(page.status).header('etag', page.etag).header('cache-control', 'no-cache');
    // The page follows the resident's look (core/preference-cookie.ts): caches must keep one
    // copy per look.
    if (makePage) reply.header('vary', 'Cookie');
    if (isNotModified(request.headers, page.etag, null)) return reply.code(304).send();
    reply.type('text/html; charset=utf-8');
    return sendCompressed(request, reply, page.body);
  };
  for (const route of APP_ROUTE_PATHS) {
    app.get(route, async (request, reply) => {
      const current = await getShell();
      const page = makePage ? await makePage(request, current) : null;
      return send(request, reply, page ?? { status: 200, ...current });
    });
  }
}

async function readShellFile(path: string, headTags: string): Promise<Shell> {
  let built: string;
  try {
    built = await readFile(path, 'utf8');
  } catch {
    throw new Error(`No built app at ${path}: run \`npm run build\` (npm start does it for you)`);
  }
  const bytes = Buffer.from(
    headTags ? built.replace('</head>', `  ${headTags}\n  </head>`) : built,
  );
  const { mtimeMs } = await stat(path);
  return {
    text: bytes.toString('utf8'),
    body: await compressBody(bytes),
    etag: createEtag(bytes),
    mtimeMs,
  };
}
