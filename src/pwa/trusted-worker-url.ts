import { DEFAULT_POLICY } from '../core/trusted-types';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

/**
 * Lets the service worker register under Trusted Types. vite-plugin-pwa passes its URL to
 * `navigator.serviceWorker.register` as a plain string, which only the 'default' policy can
 * vouch for; this one admits that exact URL and nothing else, and has no HTML or script rules,
 * so a string at any other sink stays blocked. Call it before the app registers the worker.
 */
export function allowServiceWorkerUrl(): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  const workerUrl = new URL(`${import.meta.env.BASE_URL}sw.js`, location.origin).href;
  factory.createPolicy(DEFAULT_POLICY, {
    // null makes the browser block the call and report a violation.
    createScriptURL: (url) => (new URL(url, location.href).href === workerUrl ? url : null),
  });
}
