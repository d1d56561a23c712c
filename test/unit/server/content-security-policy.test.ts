import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRUSTED_TYPES_POLICIES } from '../../../src/core/trusted-types';
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../../../src/core/document-files';
import {
  FEED_CONTENT_SECURITY_POLICY,
  getContentSecurityPolicy,
  getWorkerContentSecurityPolicy,
} from '../../../src/server/content-security-policy';

/** The deployment the README describes: the bridge's feed same-origin, photos on the portal. */
const README_SOURCES = { imageOrigins: ['https://chernigiv-rada.gov.ua'], connectOrigins: [] };

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('getContentSecurityPolicy', () => {
  const policy = directives(getContentSecurityPolicy(README_SOURCES));

  it('runs only the app’s own script files: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('lets HTML and script URLs into the DOM only through the app’s Trusted Types policies', () => {
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual([...TRUSTED_TYPES_POLICIES]);
  });

  it('allows no plugins, no <base>, no form posts and no framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('loads images only from the app and the origins that serve article photos', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'https://chernigiv-rada.gov.ua']);
    expect(
      directives(getContentSecurityPolicy({ imageOrigins: [], connectOrigins: [] })).get('img-src'),
    ).toEqual(["'self'"]);
  });

  it('lets the service worker fetch photos from where the page may show them', () => {
    const worker = directives(getWorkerContentSecurityPolicy(README_SOURCES));
    expect(worker.get('connect-src')).toEqual(["'self'", 'https://chernigiv-rada.gov.ua']);
    expect(worker.get('script-src')).toEqual(["'self'"]);
  });

  it('is the policy the README’s nginx and Caddy examples send', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const quoted = [...readme.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    const page = getContentSecurityPolicy(README_SOURCES);
    const worker = getWorkerContentSecurityPolicy(README_SOURCES);
    // nginx: the snippet, sw.js, documents, the feed; Caddy: pages, sw.js, the feed, documents.
    expect(quoted).toEqual([
      page,
      worker,
      DOCUMENT_CONTENT_SECURITY_POLICY,
      FEED_CONTENT_SECURITY_POLICY,
      page,
      worker,
      FEED_CONTENT_SECURITY_POLICY,
      DOCUMENT_CONTENT_SECURITY_POLICY,
    ]);
  });
});
