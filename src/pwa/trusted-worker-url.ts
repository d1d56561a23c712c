import { DEFAULT_POLICY } from '../core/trusted-types';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

/**
 * Lets the app's workers start under Trusted Types. vite-plugin-pwa passes the service worker's
 * URL to `navigator.serviceWorker.register` as a plain string, and Vite gives `new Worker` one
 * for the page's own workers (`pageWorkerUrls`); only the 'default' policy can vouch for those.
 * This one admits exactly these URLs and nothing else, and has no HTML or script rules, so a
 * string at any other sink stays blocked. Call it before the app starts any worker.
 */
export function allowWorkerUrls(pageWorkerUrls: string[]): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  const serviceWorkerUrl = new URL(`${import.meta.env.BASE_URL}sw.js`, location.origin).href;
  const allowed = new Set([serviceWorkerUrl, ...pageWorkerUrls]);
  factory.createPolicy(DEFAULT_POLICY, {
    // null makes the browser block the call and report a violation.
    createScriptURL: (url) => (allowed.has(new URL(url, location.href).href) ? url : null),
  });
}
