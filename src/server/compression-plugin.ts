import compression from 'compression';
import type { Connect, Plugin } from 'vite';

/**
 * Gzips what `npm start` serves (the shell, scripts, styles, the feed), as any real web server
 * in front of the app does: the numbers people see locally should be the numbers phones pay.
 */
export function compressionPlugin(): Plugin {
  return {
    name: 'vistky:compression',
    configurePreviewServer(server) {
      // Express middleware and Connect share the (req, res, next) shape; only the types differ.
      server.middlewares.use(compression() as unknown as Connect.NextHandleFunction);
    },
  };
}
