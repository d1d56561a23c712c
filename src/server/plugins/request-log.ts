import fp from 'fastify-plugin';
import { getPath } from './error-pages';

/**
 * One log line per request: method, path without its query (which can carry personal data or
 * tokens), status and time taken. Fastify's own two lines per request are turned off.
 */
export const requestLog = fp(
  async (app) => {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          path: getPath(request),
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    });
  },
  { name: 'vistky-request-log' },
);
