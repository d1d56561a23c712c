import { TRUSTED_TYPES_POLICIES } from '../core/trusted-types';

/** What the page may load besides its own origin. */
export interface CspSources {
  /** Origins that serve article photos (the feed's or the portal's). */
  imageOrigins: string[];
  /** Origins the page may fetch the feed from, when it is not same-origin. */
  connectOrigins: string[];
}

/**
 * The Content-Security-Policy of every page: scripts only from the app's own files (no inline
 * script, no eval), HTML into the DOM only through the sanitizer's Trusted Types policy, no
 * plugins, no <base> hijacking, no framing, images only from where articles keep them. The same
 * string goes into the nginx and Caddy examples in the README.
 */
export function getContentSecurityPolicy({ imageOrigins, connectOrigins }: CspSources): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${["'self'", ...imageOrigins].join(' ')}`,
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');
}

/**
 * The policy of the service worker's script, which governs the worker's own fetches: it
 * downloads article photos ahead of reading (and answers <img> requests with fetch), so it may
 * connect to the origins that serve them as well as the page's.
 */
export function getWorkerContentSecurityPolicy(sources: CspSources): string {
  return getContentSecurityPolicy({
    imageOrigins: sources.imageOrigins,
    connectOrigins: [...new Set([...sources.connectOrigins, ...sources.imageOrigins])],
  });
}

/** The policy of /api/feed: whatever the upstream put in it, the browser runs nothing of it. */
export const FEED_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";
