import type { Plugin } from 'vite';
import { getContentSecurityPolicy, type CspSources } from './content-security-policy';

/** Sends the production security headers from `npm start`'s server, as a real deployment must. */
export function securityHeadersPlugin(sources: CspSources): Plugin {
  const headers: Record<string, string> = {
    'Content-Security-Policy': getContentSecurityPolicy(sources),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  return {
    name: 'vistky:security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
