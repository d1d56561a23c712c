/**
 * The paths the app answers itself: navigations to them get the precached shell (deep links
 * work offline); anything else goes to the server, which answers 404 for unknown paths. The
 * README's nginx and Caddy patterns list the same paths.
 */
export const APP_ROUTES: RegExp[] = [
  /^\/$/,
  /^\/news\/[^/]+\/?$/,
  /^\/section\/[^/]+\/?$/,
  /^\/(saved|search|settings)\/?$/,
];

/** Whether a path (without its query string) is one of the app's screens. */
export function isAppRoute(pathname: string): boolean {
  return APP_ROUTES.some((route) => route.test(pathname));
}
