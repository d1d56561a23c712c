import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { getRequestOrigin, toFetchRequest, writeFetchResponse } from './demo-node-bridge';
import { createDemoHandlers, type DemoHandlerOptions } from './handlers';

/** Options of the demo backend plugin: the clock and release schedule of createDemoHandlers. */
export type DemoBackendOptions = Omit<DemoHandlerOptions, 'origin'>;

/** A Connect middleware, as Vite's dev and preview servers take them. */
export type DemoMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const DEMO_PATHS = /^\/(?:api\/feed(?:\/|$)|api\/push\/|demo-media\/|demo-portal\/|__demo\/)/;

/**
 * Serves the demo backend same-origin in `vite` and `vite preview`: /api/feed, /demo-media/*,
 * /demo-portal/* and the test switches /__demo/*, from the same MSW handlers as the unit tests.
 */
export function demoBackendPlugin(options: DemoBackendOptions = {}): Plugin {
  let middleware: DemoMiddleware | null = null;
  const install = (server: ViteDevServer | PreviewServer): void => {
    // Created on first use, so the release schedule starts with the server, not with the config.
    middleware ??= createDemoMiddleware(options);
    // Added directly (not from a returned post hook), so it runs before Vite's SPA fallback.
    server.middlewares.use(middleware);
  };
  return { name: 'vistky:demo-backend', configureServer: install, configurePreviewServer: install };
}

/** The Connect middleware behind demoBackendPlugin: MSW handlers answering Node requests. */
export function createDemoMiddleware(options: DemoBackendOptions = {}): DemoMiddleware {
  const { handlers } = createDemoHandlers(options);
  return (req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!DEMO_PATHS.test(pathname)) return next();
    const controller = new AbortController();
    // 'close' before the end means the client gave up: let stalled handlers stop waiting.
    res.on('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    const answer = async (): Promise<void> => {
      const request = await toFetchRequest(req, controller.signal);
      const response = await getResponse(handlers, request, { baseUrl: getRequestOrigin(req) });
      if (response) await writeFetchResponse(response, res);
      else next();
    };
    answer().catch((error: unknown) => (res.headersSent ? res.destroy() : next(error)));
  };
}
