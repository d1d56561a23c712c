import type { Plugin } from 'vite';
import { APP_ROUTES } from '../core/app-routes';

// Paths the servers of the feed and the demo answer themselves.
const BACKEND_PATHS = /^\/(?:api\/|demo-media\/|demo-portal\/|__demo\/)/;

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="uk">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Сторінку не знайдено — Вістки</title>
<h1>Сторінку не знайдено</h1>
<p>За цією адресою нічого немає. <a href="/">Новини міської ради</a></p>
</html>
`;

/** Whether a navigation to this path should get the app's shell. */
export function isAppRoute(pathname: string): boolean {
  return APP_ROUTES.some((route) => route.test(pathname));
}

/**
 * Answers page requests for paths that are not app routes with a real 404, where Vite's preview
 * would send the shell for anything: search engines and link checkers see the truth, and the
 * README's nginx and Caddy configurations behave the same way.
 */
export function appRoutesPlugin(): Plugin {
  return {
    name: 'vistky:app-routes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        const isPage =
          (req.method === 'GET' || req.method === 'HEAD') &&
          (req.headers.accept ?? '').includes('text/html') &&
          !/\.[a-z0-9]+$/i.test(pathname);
        if (!isPage || BACKEND_PATHS.test(pathname) || isAppRoute(pathname)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_PAGE);
      });
    },
  };
}
