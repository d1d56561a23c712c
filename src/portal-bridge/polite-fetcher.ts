import { PortalError } from './bridge-errors';
import { decodeHtml } from './decode-html';
import { SYSTEM_CLOCK, type FetcherClock } from './fetcher-clock';

/** Validators remembered from an earlier answer, sent back as a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A page as the portal answered: 200 with HTML, 304, or 404/410 (gone). */
export interface PageResponse extends Validators {
  status: 200 | 304 | 404 | 410;
  /** The URL that answered, after redirects. */
  url: string;
  html: string | null;
}

/** What a run cost the portal. */
export interface FetchStats {
  requests: number;
  notModified: number;
  bytes: number;
}

/** How the fetcher behaves towards the portal. */
export interface FetcherOptions {
  /** The portal's origin: no request, redirects included, ever leaves it. */
  origin: string;
  userAgent: string;
  /** Pause between the end of one request and the start of the next. */
  minIntervalMs: number;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  clock?: FetcherClock;
}

/** Fetches one page: conditional, paced, capped; throws PortalError when the portal fails. */
export type FetchPage = (url: string, validators?: Validators) => Promise<PageResponse>;

// Redirects followed within the portal's origin for one page: a CMS needs one or two.
const MAX_REDIRECTS = 3;

/**
 * A fetcher that never has two requests in flight and leaves at least minIntervalMs between the
 * end of one and the start of the next, redirects included, so the portal sees at most one
 * request per interval whatever its response times. It reads the portal's origin only: a
 * redirect to another host, port or scheme is refused, so no other site's page is ever
 * published under the portal's URL.
 */
export function createPoliteFetcher(options: FetcherOptions): {
  fetchPage: FetchPage;
  stats: FetchStats;
} {
  const stats: FetchStats = { requests: 0, notModified: 0, bytes: 0 };
  const clock = options.clock ?? SYSTEM_CLOCK;
  const origin = new URL(options.origin).origin;
  let nextStart = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const request = async (url: string, headers: Record<string, string>): Promise<RawResponse> => {
    const wait = nextStart - clock.now();
    if (wait > 0) await clock.sleep(wait, options.signal);
    stats.requests++;
    try {
      const response = await fetch(url, {
        headers,
        redirect: 'manual',
        signal: getSignal(options, clock),
      });
      const body =
        response.status === 200 ? await readCapped(response, options.maxBytes, url) : null;
      if (body) stats.bytes += body.byteLength;
      else await response.body?.cancel();
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (error instanceof PortalError) throw error;
      throw new PortalError(`${url}: ${describeFailure(error, options.timeoutMs)}`);
    } finally {
      nextStart = clock.now() + options.minIntervalMs;
    }
  };

  const fetchPage: FetchPage = async (url, validators) => {
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
      'accept-language': 'uk',
    };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    let current = checkOrigin(url, url, origin);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await request(current, headers);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        current = checkOrigin(resolveLocation(location, current, url), url, origin);
        continue;
      }
      return toPageResponse(response, current, stats);
    }
    throw new PortalError(`${url}: more than ${MAX_REDIRECTS} redirects`);
  };

  const serialized: FetchPage = (url, validators) => {
    const result = queue.then(() => fetchPage(url, validators));
    queue = result.catch(() => undefined);
    return result;
  };
  return { fetchPage: serialized, stats };
}

function resolveLocation(location: string, current: string, requested: string): string {
  try {
    return new URL(location, current).href;
  } catch {
    throw new PortalError(`${requested}: redirected to an unreadable Location "${location}"`);
  }
}

function checkOrigin(target: string, requested: string, origin: string): string {
  if (new URL(target).origin === origin) return target;
  const how = target === requested ? 'is' : `redirected to ${target},`;
  throw new PortalError(`${requested} ${how} off the portal's origin ${origin}; refused`);
}

interface RawResponse {
  status: number;
  headers: Headers;
  body: Uint8Array | null;
}

function toPageResponse(response: RawResponse, url: string, stats: FetchStats): PageResponse {
  const validators = {
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
  const { status } = response;
  if (status === 304) stats.notModified++;
  if (status === 304 || status === 404 || status === 410)
    return { status, url, html: null, ...validators };
  if (status !== 200) {
    const retry = response.headers.get('retry-after');
    throw new PortalError(
      `${url} answered HTTP ${status}${retry ? ` (Retry-After: ${retry})` : ''}`,
    );
  }
  const html = decodeHtml(response.body ?? new Uint8Array(), response.headers.get('content-type'));
  return { status, url, html, ...validators };
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PortalError(`${url}: page larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function getSignal(options: FetcherOptions, clock: FetcherClock): AbortSignal {
  const timeout = clock.timeout(options.timeoutMs);
  return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
