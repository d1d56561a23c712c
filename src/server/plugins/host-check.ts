import fp from 'fastify-plugin';

// A host name or an IPv4/IPv6 literal, with an optional port: what RFC 9110 §7.2 allows in Host.
// Anything else (credentials, paths, spaces) is refused before code builds URLs from it.
const VALID_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Answers 400 to a request whose Host header is missing or not a host (RFC 9112 §3.2). */
export const hostCheck = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      const host = request.headers.host;
      if (typeof host !== 'string' || !VALID_HOST.test(host)) {
        return reply
          .code(400)
          .header('cache-control', 'no-store')
          .send({ error: 'Bad Request: invalid Host header' });
      }
    });
  },
  { name: 'vistky-host-check' },
);
