import { MAX_FEED_BYTES } from '../core/feed-limit';
import { combineSignals } from './combine-signals';
import { HttpStatusError, NetworkError, TimeoutError } from './errors';
import { parseRetryAfter } from './parse-retry-after';
import { FEED_ACCEPT } from './feed-request';
import { discardBody, readBody } from './read-body';

const DEFAULT_TIMEOUT_MS = 20_000;

/** How to fetch: validators, cancellation, time limit, clock, size cap, and a fetch to use. */
export interface FetchFeedOptions {
  /** Validators from the last 200, sent so an unchanged feed costs the server a 304. */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Clock for Retry-After in seconds. */
  now: () => Date;
  maxBytes?: number;
  fetch?: typeof fetch;
}

/** A feed body with its type and new validators, or word that the stored copy is current. */
export type FeedResponse =
  | {
      status: 200;
      bytes: ArrayBuffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: 304 };

/**
 * Fetches a feed with a conditional GET, a timeout and a size cap, and turns every way it can go
 * wrong into NetworkError, TimeoutError, HttpStatusError or ResponseTooLargeError. When the
 * caller aborts, the caller's AbortError is rethrown as is.
 */
export async function fetchFeedResponse(
  url: string,
  options: FetchFeedOptions,
): Promise<FeedResponse> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new TimeoutError(`No answer within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const signal = combineSignals(
    options.signal ? [options.signal, timeout.signal] : [timeout.signal],
  );
  try {
    const headers = new Headers({ Accept: FEED_ACCEPT });
    if (options.etag) headers.set('If-None-Match', options.etag);
    if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
    // 'no-store' keeps the HTTP cache out of the way: it would turn the server's 304 into a
    // cached 200 (or serve a stale 200), and we keep our own validators in IndexedDB.
    // A variable, not a literal: Node's fetch types (the server also runs this) lack `cache`.
    const init = { headers, cache: 'no-store' as const, signal };
    const response = await doFetch(url, init);
    if (response.status === 304) return { status: 304 };
    if (!response.ok) {
      discardBody(response);
      const h = response.headers;
      const retryAfter = parseRetryAfter(h.get('Retry-After'), options.now(), h.get('Date'));
      throw new HttpStatusError(response.status, retryAfter);
    }
    const bytes = await readBody(response, options.maxBytes ?? MAX_FEED_BYTES, signal);
    return {
      status: 200,
      bytes,
      contentType: response.headers.get('Content-Type'),
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw timeout.signal.reason;
    // fetch() rejects with a bare TypeError for every transport failure, by design of the spec.
    if (error instanceof TypeError) throw new NetworkError(error.message, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
