import type { FastifyReply, FastifyRequest } from 'fastify';

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/**
 * Refuses a state-changing request unless it is JSON from the app's own pages: another site can
 * make a browser send a cross-origin text/plain or form POST without asking, but never one with
 * an application/json body, and a browser names the page's origin in Origin and Sec-Fetch-Site.
 * Runs before the body is read.
 */
export async function requireSameOriginJson(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (
    (site !== undefined && site !== 'same-origin') ||
    (origin !== undefined && !isSameHost(origin, request.host))
  ) {
    return reply.code(403).send({ error: 'Forbidden: requests from other sites are refused' });
  }
  if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
    return reply.code(415).send({ error: 'Unsupported Media Type: send application/json' });
  }
  return undefined;
}

function isSameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
