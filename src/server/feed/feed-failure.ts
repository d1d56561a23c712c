import { FeedParseError } from '../../feed/parse';
import { HttpStatusError, NetworkError, ResponseTooLargeError, TimeoutError } from '../../net';
import { RedirectRefusedError } from './same-origin-fetch';

/** Why the feed could not be had, as the server answers it: a status and a text safe to show. */
export interface FeedFailure {
  /** 502 bad upstream, 503 upstream asked us to wait (or nothing yet), 504 upstream too slow. */
  status: 502 | 503 | 504;
  /** Names the upstream's host only: its path and query may carry secrets. */
  message: string;
  /** When the upstream allows the next request (its Retry-After), epoch ms. */
  retryAt: number | null;
}

/** Turns any error of a feed load into the answer clients get and the line the log gets. */
export function toFeedFailure(error: unknown, url: string, now: number): FeedFailure {
  const where = `the feed at ${new URL(url).host}`;
  if (error instanceof TimeoutError) {
    return { status: 504, message: `${where} did not answer in time`, retryAt: null };
  }
  if (error instanceof HttpStatusError) {
    const retryAt = error.retryAfter?.getTime() ?? null;
    const isBusy = error.status === 429 || error.status === 503;
    return {
      status: isBusy ? 503 : 502,
      message: `${where} answered HTTP ${error.status}`,
      retryAt: retryAt !== null && retryAt > now ? retryAt : null,
    };
  }
  const message =
    error instanceof ResponseTooLargeError
      ? `${where} is larger than ${error.maxBytes / 1024 / 1024} MB`
      : error instanceof FeedParseError
        ? `${where} is not a readable feed (${error.kind})`
        : error instanceof RedirectRefusedError
          ? `${where} ${error.message}`
          : error instanceof NetworkError
            ? `${where} could not be reached`
            : `${where} could not be read (${error instanceof Error ? error.name : 'error'})`;
  return { status: 502, message, retryAt: null };
}
