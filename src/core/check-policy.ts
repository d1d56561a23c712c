/** How often an open, visible app checks the feed when all is well. */
export const CHECK_INTERVAL_MS = 15 * 60_000;
/** The first retry after a failure; each further failure doubles it. */
export const FIRST_RETRY_MS = 60_000;
/** Backoff never waits longer than this (a Retry-After from the server may). */
export const MAX_BACKOFF_MS = 60 * 60_000;

/** What decides when the next check runs. */
export interface CheckPolicyInput {
  /** Failed checks since the last success. */
  consecutiveFailures: number;
  intervalMs: number;
  /** Time left before the server's Retry-After allows asking again; 0 when none. */
  retryAfterMs: number;
  /** A number in [0, 1): Math.random in the app, fixed in tests. */
  random: number;
}

/**
 * The delay before the next feed check. Regular checks spread over ±10 % and retries use
 * exponential backoff with equal jitter (capped at an hour), so that 100,000 phones that lost
 * the network together do not return to the portal in the same second. Retry-After wins.
 */
export function getNextCheckDelay({
  consecutiveFailures,
  intervalMs,
  retryAfterMs,
  random,
}: CheckPolicyInput): number {
  if (consecutiveFailures <= 0) {
    return Math.max(retryAfterMs, Math.round(intervalMs * (0.9 + 0.2 * random)));
  }
  const backoff = Math.min(MAX_BACKOFF_MS, FIRST_RETRY_MS * 2 ** (consecutiveFailures - 1));
  return Math.max(retryAfterMs, Math.round(backoff / 2 + (backoff / 2) * random));
}
