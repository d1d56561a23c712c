import fp from 'fastify-plugin';
import {
  getContentSecurityPolicy,
  getWorkerContentSecurityPolicy,
} from '../content-security-policy';

/** Where the policies' image origins come from. */
export interface SecurityHeadersOptions {
  /** The origins that serve article photos now (configured, and found in the served feed). */
  getImageOrigins: () => string[];
}

const SERVICE_WORKER_PATH = '/sw.js';

const FIXED_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * The one place that sets security headers, on every response the server sends (pages, 404s,
 * errors, JSON, the feed, images, the service worker). A route that needs a stricter policy (the
 * feed's sandbox) sets its own and this keeps it.
 */
export const securityHeaders = fp<SecurityHeadersOptions>(
  async (app, options) => {
    let cachedFor = '';
    let policies = { page: '', worker: '' };
    const getPolicies = () => {
      const imageOrigins = options.getImageOrigins();
      const key = imageOrigins.join(' ');
      if (key !== cachedFor || policies.page === '') {
        const sources = { imageOrigins, connectOrigins: [] };
        policies = {
          page: getContentSecurityPolicy(sources),
          worker: getWorkerContentSecurityPolicy(sources),
        };
        cachedFor = key;
      }
      return policies;
    };
    app.addHook('onSend', async (request, reply, payload) => {
      for (const [name, value] of Object.entries(FIXED_HEADERS)) reply.header(name, value);
      if (!reply.hasHeader('content-security-policy')) {
        const { page, worker } = getPolicies();
        const isWorker = request.url.split('?', 1)[0] === SERVICE_WORKER_PATH;
        reply.header('content-security-policy', isWorker ? worker : page);
      }
      // Browsers heed HSTS only over https; sent over http it would be noise.
      if (request.protocol === 'https') {
        reply.header('strict-transport-security', 'max-age=31536000');
      }
      return payload;
    });
  },
  { name: 'vistky-security-headers' },
);
