import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Connect-style middleware, as Vite's dev and preview servers take them. */
export type FeedMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

// The path the app reads its feed from (DEFAULT_FEED_PATH in src/sync/feed-location.ts, which
// this Node-only project cannot import).
const FEED_PATH = '/api/feed';

/** Whether a request is a GET or HEAD of the feed path, whatever its query string. */
export function isFeedRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return new URL(req.url ?? '/', 'http://localhost').pathname === FEED_PATH;
}

/** A strong ETag for a response body. */
export function createEtag(body: Uint8Array | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether a conditional request already has this version (RFC 9110 §13.1.1 and §13.1.3). */
export function isNotModified(req: IncomingMessage, etag: string, lastModified: string): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // Weak comparison: W/"x" matches "x"; If-Modified-Since is ignored when If-None-Match is sent.
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

/** Answers with a short plain-text error that a person reading the network panel understands. */
export function sendTextError(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(`${text}\n`);
}
