import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { getResponse, type RequestHandler } from 'msw';
import { requireSameOriginJson } from '../src/server/http/same-origin-json';
import { createDemoHandlers, type DemoHandlerOptions } from './handlers';

/** Options of the demo backend: the clock and release schedule of createDemoHandlers. */
export type DemoBackendOptions = Omit<DemoHandlerOptions, 'origin'>;

// The control switches take a kind or a count, never more.
const CONTROL_BODY_LIMIT = 1024;
const PUSH_BODY_LIMIT = 4096;
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'host']);

/**
 * The embedded demo backend as a Fastify plugin for the production server in demo mode: the
 * same MSW handlers as the unit tests answer /api/feed, /demo-media/*, /demo-portal/* and the
 * test switches /__demo/*. The switches and the push endpoint take only same-origin JSON.
 */
export function createDemoBackend(options: DemoBackendOptions = {}): FastifyPluginAsync {
  return async (app) => {
    // Created when registered, so the release schedule starts with the server.
    // Any origin: the links in the feed name the host the client used, and an IPv6 host such as
    // [::1]:4173 in a base URL would read as a route parameter to MSW's matcher.
    const { handlers } = createDemoHandlers({ ...options, origin: '*' });
    const answer = (request: FastifyRequest, reply: FastifyReply) =>
      answerWithHandlers(handlers, request, reply);
    app.get('/api/feed', answer);
    app.get('/demo-media/:file', answer);
    app.get('/demo-portal/*', answer);
    const guarded = (bodyLimit: number) => ({ bodyLimit, onRequest: requireSameOriginJson });
    const limited = { config: { rateLimit: { max: 300, timeWindow: '1 minute' } } };
    app.post('/__demo/:action', { ...guarded(CONTROL_BODY_LIMIT), ...limited }, answer);
    app.post('/api/push/subscriptions', { ...guarded(PUSH_BODY_LIMIT), ...limited }, answer);
    app.delete('/api/push/subscriptions', { ...guarded(PUSH_BODY_LIMIT), ...limited }, answer);
    app.get('/api/push/subscriptions', limited, answer);
  };
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
