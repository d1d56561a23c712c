import { getNextCheckDelay } from '../core/check-policy';
import { RefreshError } from '../core/refresh-error';

/** Why a check was asked for. */
export type CheckReason = 'start' | 'visible' | 'online' | 'timer' | 'manual';

/** When the next check runs and how the last ones went, for the freshness line. */
export interface CheckSchedule {
  nextCheckAt: number | null;
  consecutiveFailures: number;
  lastCheckAt: number | null;
}

/** Timer functions, injectable so tests can drive time. */
export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** What the scheduler needs: the check itself, the interval, a clock and a source of jitter. */
export interface CheckSchedulerOptions {
  /** Runs one refresh; rejects (with a RefreshError when it can) on failure. */
  run: () => Promise<unknown>;
  intervalMs: number;
  now: () => number;
  random: () => number;
  timers?: Timers;
  /** A tab shown again within this long after a good check does not check again. */
  quietMs?: number;
}

/** Drives the foreground checks: on start, visible, online, a timer, and the refresh button. */
export interface CheckScheduler {
  check: (reason: CheckReason) => Promise<void>;
  /** The tab was hidden: no timers run while nobody looks. */
  pause: () => void;
  getSchedule: () => CheckSchedule;
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

const DEFAULT_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Schedules feed checks politely: every interval while visible, exponential backoff with jitter
 * after failures, never before the server's Retry-After, never two at once.
 */
export function createCheckScheduler(options: CheckSchedulerOptions): CheckScheduler {
  const { run, intervalMs, now, random, timers = DEFAULT_TIMERS, quietMs = 60_000 } = options;
  const listeners = new Set<() => void>();
  let schedule: CheckSchedule = { nextCheckAt: null, consecutiveFailures: 0, lastCheckAt: null };
  let timer: unknown = null;
  let isRunning = false;
  let isPaused = false;
  let retryAfterAt = 0;

  const update = (patch: Partial<CheckSchedule>) => {
    schedule = { ...schedule, ...patch };
    for (const listener of listeners) listener();
  };
  const arm = (delay: number) => {
    if (timer !== null) timers.clear(timer);
    timer = isPaused ? null : timers.set(() => void check('timer'), delay);
    update({ nextCheckAt: now() + delay });
  };

  async function check(reason: CheckReason): Promise<void> {
    isPaused = false;
    const at = now();
    if (isRunning) return;
    if (reason !== 'manual' && at < retryAfterAt) return arm(retryAfterAt - at);
    const isWaiting = schedule.nextCheckAt !== null && at < schedule.nextCheckAt;
    // Coming back to the tab must not undo backoff, nor re-ask right after a good check.
    if (reason === 'visible' && isWaiting) {
      const isQuiet =
        schedule.consecutiveFailures === 0 && at - (schedule.lastCheckAt ?? 0) < quietMs;
      if (schedule.consecutiveFailures > 0 || isQuiet) return arm(schedule.nextCheckAt! - at);
    }
    isRunning = true;
    let failures = schedule.consecutiveFailures;
    try {
      await run();
      failures = 0;
      retryAfterAt = 0;
    } catch (error) {
      const failure = error instanceof RefreshError ? error.failure : null;
      if (failure?.kind !== 'aborted') failures += 1;
      retryAfterAt = failure?.retryAfter ? Date.parse(failure.retryAfter) : 0;
    } finally {
      isRunning = false;
    }
    update({ consecutiveFailures: failures, lastCheckAt: now() });
    arm(
      getNextCheckDelay({
        consecutiveFailures: failures,
        intervalMs,
        retryAfterMs: Math.max(0, retryAfterAt - now()),
        random: random(),
      }),
    );
  }

  return {
    check,
    pause: () => {
      isPaused = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
    getSchedule: () => schedule,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      isPaused = true;
      if (timer !== null) timers.clear(timer);
      listeners.clear();
    },
  };
}
