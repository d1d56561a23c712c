import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (sw.js, the manifest, icons, index.html) is revalidated on every use:
// a new deployment must reach phones at once, and a 304 costs a few bytes.
const REVALIDATE = 'no-cache';

/**
 * The built app's files: content-hashed assets cached for a year, everything else revalidated
 * (ETag, Last-Modified, 304), sent in the brotli or gzip copy the build wrote beside each file.
 * A path that is no file falls through to the 404 page.
 */
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    // Looked up per request, so a new build served by a running server is found at once.
    wildcard: true,
    index: false,
    preCompressed: true,
    cacheControl: false,
    // The compressed copies are sent in place of their originals, never under their own names.
    allowedPath: (pathname) => !/\.(?:br|gz)$/.test(pathname),
    setHeaders: (reply, path) => {
      const isHashed = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
      reply.header('cache-control', isHashed ? IMMUTABLE : REVALIDATE);
    },
  });
}

/** The methods a static site answers; every other one gets 405 with an Allow header. */
export function registerMethodNotAllowed(app: FastifyInstance): void {
  app.route({
    method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'],
    url: '/*',
    handler: (_request, reply) =>
      reply
        .code(405)
        .header('allow', 'GET, HEAD')
        .header('cache-control', 'no-store')
        .send({ error: 'Method Not Allowed' }),
  });
}
