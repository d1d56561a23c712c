import { RefreshError } from '../core/refresh-error';
import type { RefreshFailure } from '../core/types';
import { FeedParseError, type FeedParseErrorKind } from '../feed/parse';
import { HttpStatusError, NetworkError, ResponseTooLargeError, TimeoutError } from '../net';
import { StorageFullError, StorageUnavailableError } from '../storage';

const ANOTHER_DOCUMENT = new Set<FeedParseErrorKind>(['html-page', 'not-a-feed', 'not-json-feed']);

/** Longest wait a Retry-After can impose: a misconfigured server must not silence the app. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

function getRetryAfter(error: HttpStatusError, now: Date): string | null {
  if (error.retryAfter === null) return null;
  const latest = now.getTime() + MAX_RETRY_AFTER_MS;
  return new Date(Math.min(error.retryAfter.getTime(), latest)).toISOString();
}

/** Describes any error a refresh can meet as the RefreshFailure the UI explains and we record. */
export function toRefreshFailure(error: unknown, now: Date): RefreshFailure {
  if (error instanceof RefreshError) return error.failure;
  const failure: RefreshFailure = {
    kind: 'unknown',
    detail: error instanceof Error ? error.message : String(error),
    status: null,
    retryAfter: null,
    at: now.toISOString(),
  };
  // Older Safari's DOMException is not an Error, so read the name off any object.
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  if (error instanceof NetworkError) return { ...failure, kind: 'offline' };
  // A caller's AbortSignal.timeout() aborts with a DOMException named TimeoutError.
  if (error instanceof TimeoutError || name === 'TimeoutError')
    return { ...failure, kind: 'timeout' };
  if (name === 'AbortError') return { ...failure, kind: 'aborted' };
  if (error instanceof HttpStatusError) {
    const retryAfter = getRetryAfter(error, now);
    // 429 always means "too many requests"; a 503 is a rate limit only when it says when to return.
    const isRateLimit = error.status === 429 || (error.status === 503 && retryAfter !== null);
    return {
      ...failure,
      kind: isRateLimit ? 'rate-limited' : 'http',
      status: error.status,
      retryAfter,
    };
  }
  // Another document instead of the feed (a Wi-Fi sign-in page, a wrong address) asks the
  // resident to act; a damaged or oversized feed only needs time.
  if (error instanceof FeedParseError) {
    return { ...failure, kind: ANOTHER_DOCUMENT.has(error.kind) ? 'not-a-feed' : 'broken-feed' };
  }
  if (error instanceof ResponseTooLargeError) return { ...failure, kind: 'broken-feed' };
  if (error instanceof StorageFullError) return { ...failure, kind: 'storage-full' };
  if (error instanceof StorageUnavailableError) return { ...failure, kind: 'storage-unavailable' };
  return failure;
}
