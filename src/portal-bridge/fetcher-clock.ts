import { setTimeout as sleep } from 'node:timers/promises';

/** Time as the bridge sees it: tests pass a fake one, so pacing and timeouts need no waiting. */
export interface FetcherClock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts with a TimeoutError DOMException after `ms`. */
  timeout(ms: number): AbortSignal;
}

/** The real clock. */
export const SYSTEM_CLOCK: FetcherClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
  timeout: (ms) => AbortSignal.timeout(ms),
};
