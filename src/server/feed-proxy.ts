import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFeedRequest, sendTextError, type FeedMiddleware } from './feed-http';

const FORWARDED_REQUEST_HEADERS = ['if-none-match', 'if-modified-since', 'accept'];
const PASSED_RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'cache-control',
  'expires',
  'retry-after',
];
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Serves GET /api/feed from an upstream feed, same-origin: conditional headers go up, 304s and
 * validators come back, and an unreachable or silent upstream becomes a 502 with a short text.
 */
export function createFeedProxy(
  upstreamUrl: string,
  options: { timeoutMs?: number } = {},
): FeedMiddleware {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return (req, res, next) => {
    if (!isFeedRequest(req)) return next();
    proxyFeed(req, res, upstreamUrl, timeoutMs).catch(next);
  };
}

async function proxyFeed(
  req: IncomingMessage,
  res: ServerResponse,
  upstreamUrl: string,
  timeoutMs: number,
): Promise<void> {
  const headers: Record<string, string> = { 'user-agent': 'Vistky-preview/1.0' };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  let upstream: Response;
  let body: Buffer | null;
  try {
    upstream = await fetch(upstreamUrl, {
      method: req.method,
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The timeout covers the body too, so a feed that stalls half-way also ends in a 502.
    body =
      upstream.status === 304 || req.method === 'HEAD'
        ? null
        : Buffer.from(await upstream.arrayBuffer());
  } catch (error) {
    sendTextError(res, 502, `Bad gateway: FEED_URL ${upstreamUrl} ${describe(error, timeoutMs)}`);
    return;
  }
  res.statusCode = upstream.status;
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) res.setHeader(name, value);
  }
  if (body) res.setHeader('content-length', body.byteLength);
  res.end(body ?? undefined);
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `did not answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return `could not be reached (${cause?.code ?? (error as Error).message})`;
}
