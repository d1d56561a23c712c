import type { FastifyInstance } from 'fastify';
import type { Plugin } from 'vite';

// What the server answers; everything else is Vite's (the app, its modules, HMR).
const BACKEND_PATHS = /^\/(?:api\/|img\/|demo-media\/|demo-portal\/|__demo\/|healthz(?:$|\?))/;

/**
 * `npm run dev`: the production server's API (the feed from FEED_URL, PORTAL_URL or the demo
 * backend) inside Vite's dev server, so development reads the feed exactly as `npm start` does.
 */
export function devBackendPlugin(
  createBackend: (load: <T>(path: string) => Promise<T>) => Promise<FastifyInstance>,
): Plugin {
  return {
    name: 'vistky:dev-backend',
    // Not in Vitest, whose own Vite server must not start a backend in every test run.
    apply: (_config, env) => env.command === 'serve' && env.mode !== 'test',
    async configureServer(server) {
      // Loaded through the dev server's own modules, so the backend's `#city/…` pieces are the
      // city CITY names (vite/city-plugin.ts), as the page's are.
      const backend = await createBackend(
        <T>(path: string) => server.ssrLoadModule(path) as Promise<T>,
      );
      await backend.ready();
      server.httpServer?.once('close', () => void backend.close());
      server.middlewares.use((req, res, next) => {
        if (!BACKEND_PATHS.test(req.url ?? '')) return next();
        backend.routing(req, res);
      });
    },
  };
}
