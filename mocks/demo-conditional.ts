import { createHash } from 'node:crypto';

/** A strong ETag derived from the exact response body. */
export function createStrongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether a conditional GET already holds this version (RFC 9110 §13.1.2 and §13.1.3):
 * If-None-Match uses weak comparison and, when present, If-Modified-Since is ignored.
 */
export function isNotModified(headers: Headers, etag: string, lastModifiedMs: number): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const since = Date.parse(headers.get('if-modified-since') ?? '');
  // HTTP dates carry whole seconds, so compare at that precision.
  return !Number.isNaN(since) && Math.floor(lastModifiedMs / 1000) * 1000 <= since;
}
