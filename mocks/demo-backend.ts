import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { getResponse, type RequestHandler } from 'msw';
import { requireSameOriginJson } from '../src/server/http/same-origin-json';
import { createDemoHandlers, type DemoHandlerOptions } from './handlers';

/** Options of the demo backend: the clock and release schedule of createDemoHandlers. */
export type DemoBackendOptions = Omit<DemoHandlerOptions, 'origin'>;

/** The demo backend: a plugin for the server, and its handlers as a fetch for in-process reads. */
export type DemoBackend = FastifyPluginAsync & { fetch: typeof fetch };

// The control switches take a kind or a count, never more.
const CONTROL_BODY_LIMIT = 1024;
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'host']);

/**
 * The embedded demo backend as a Fastify plugin for the production server in demo mode: the
 * same MSW handlers as the unit tests answer /api/feed, /demo-media/*, /demo-portal/* and the
 * test switches /__demo/*, which take only same-origin JSON. Its `fetch` reads the same feed
 * in-process: what the server's push sender watches for new articles.
 */
export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  // Created on first use (registration or a read), so the release schedule starts with the server.
  // Any origin: the links in the feed name the host the client used, and an IPv6 host such as
  // [::1]:4173 in a base URL would read as a route parameter to MSW's matcher.
  let handlers: RequestHandler[] | null = null;
  const getHandlers = () => (handlers ??= createDemoHandlers({ ...options, origin: '*' }).handlers);
  const plugin: FastifyPluginAsync = async (app) => {
    const answer = (request: FastifyRequest, reply: FastifyReply) =>
      answerWithHandlers(getHandlers(), request, reply);
    app.get('/api/feed', answer);
    app.get('/demo-media/:file', answer);
    app.get('/demo-portal/*', answer);
    app.post(
      '/__demo/:action',
      {
        bodyLimit: CONTROL_BODY_LIMIT,
        onRequest: requireSameOriginJson,
        config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      },
      answer,
    );
  };
  const fetchInProcess: typeof fetch = async (input, init) =>
    (await getResponse(getHandlers(), new Request(input, init))) ??
    new Response('Not found', { status: 404 });
  return Object.assign(plugin, { fetch: fetchInProcess });
}

async function answerWithHandlers(
  handlers: RequestHandler[],
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const controller = new AbortController();
  // The client gave up (a closed tab, an aborted fetch): let stalled handlers stop waiting.
  reply.raw.on('close', () => {
    if (!reply.raw.writableEnded) controller.abort();
  });
  // The host hook has vetted Host, so the feed's links can name the address the client used.
  const origin = `${request.protocol}://${request.host}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    // The body is re-encoded below, so its framing headers no longer apply.
    if (typeof value === 'string' && !FRAMING_HEADERS.has(name)) headers.set(name, value);
  }
  const hasBody = request.body !== undefined && request.body !== null;
  const fetchRequest = new Request(`${origin}${request.url}`, {
    method: request.method,
    headers,
    body: hasBody ? JSON.stringify(request.body) : undefined,
    signal: controller.signal,
  });
  const response = await getResponse(handlers, fetchRequest);
  if (!response) {
    reply.callNotFound();
    return reply;
  }
  // Response.error() is a network error: the closest a server comes is dropping the connection.
  if (response.type === 'error') {
    reply.hijack();
    reply.raw.destroy();
    return reply;
  }
  return reply.send(response);
}
