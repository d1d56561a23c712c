/**
 * The paths the app answers itself, as route templates (`:name` is one path segment):
 * navigations to them get the shell (deep links work offline); anything else goes to the server,
 * which answers 404 for unknown paths. The server registers these templates as its page routes,
 * and the README's nginx and Caddy patterns list the same paths.
 */
export const APP_ROUTE_PATHS = [
  '/',
  '/news/:key',
  '/section/:slug',
  '/saved',
  '/search',
  '/settings',
] as const;

/** The same paths as patterns for a pathname (a trailing slash allowed). */
export const APP_ROUTES: RegExp[] = APP_ROUTE_PATHS.map((path) =>
  path === '/'
    ? /^\/$/
    : new RegExp(`^${path.replace(/\//g, '\\/').replace(/:\w+/g, '[^/]+')}\\/?$`),
);

/** Whether a path (without its query string) is one of the app's screens. */
export function isAppRoute(pathname: string): boolean {
  return APP_ROUTES.some((route) => route.test(pathname));
}
