import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { NOT_FOUND_PAGE } from '../pages/not-found-page';

/**
 * One error handler and one 404 handler for the whole server. A 4xx keeps its message (the
 * client can act on it); anything else is a plain "Internal Server Error" for the client, and the
 * error with its request for the log: no stack trace or path of this machine ever leaves it.
 */
export function registerErrorPages(
  app: FastifyInstance,
  /** Runs before the 404 handler: its rate limit, so probing for paths costs the prober. */
  notFoundPreHandler: RouteShorthandOptions['preHandler'],
): void {
  app.setErrorHandler((error, request, reply) => {
    const status = getStatus(error);
    if (status >= 500) {
      request.log.error({ err: error, method: request.method, path: getPath(request) }, 'failed');
      return sendError(reply, status, 'Internal Server Error');
    }
    return sendError(reply, status, error instanceof Error ? error.message : 'Bad Request');
  });
  app.setNotFoundHandler({ preHandler: notFoundPreHandler }, (request, reply) => {
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(NOT_FOUND_PAGE);
    }
    return sendError(reply, 404, 'Not Found');
  });
}

/** The request's path without its query, which may carry anything a client put there. */
export function getPath(request: FastifyRequest): string {
  return request.url.split('?', 1)[0]!;
}

function getStatus(error: unknown): number {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ error: message });
}
