import type { FastifyInstance } from 'fastify';
import { isAppRoute } from '../../core/app-routes';
import { createEtag, isNotModified } from '../http/conditional-request';
import { sendCompressed, type CompressedBody } from '../http/compressed-body';
import { getPath } from '../plugins/error-pages';

/**
 * Every app route, whatever its query string (?utm_source=…, ?fbclid=…, ?q=…), gets the built
 * index.html; any other path that is not a file gets the 404 page.
 */
export function registerAppShellRoute(app: FastifyInstance, shell: CompressedBody): void {
  const etag = createEtag(shell.identity);
  app.get('/*', async (request, reply) => {
    if (!isAppRoute(getPath(request))) {
      reply.callNotFound();
      return reply;
    }
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (isNotModified(request.headers, etag, null)) return reply.code(304).send();
    reply.type('text/html; charset=utf-8');
    return sendCompressed(request, reply, shell);
  });
}
