import type { FetcherClock } from '../../../src/portal-bridge/fetcher-clock';

/** A clock that moves only when a test advances it or the code sleeps, recording every sleep. */
export interface FakeClock extends FetcherClock {
  sleeps: number[];
  /** Moves time on, aborting the timeout signals that fall due. */
  advance(ms: number): void;
}

/** A fake clock starting at `start` (a fixed morning in Kyiv by default). */
export function createFakeClock(start = Date.parse('2026-03-30T10:00:00Z')): FakeClock {
  let time = start;
  let timers: { at: number; controller: AbortController }[] = [];
  const sleeps: number[] = [];
  const advance = (ms: number) => {
    time += ms;
    const due = timers.filter((t) => t.at <= time);
    timers = timers.filter((t) => t.at > time);
    for (const { controller } of due) {
      controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    }
  };
  return {
    sleeps,
    advance,
    now: () => time,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      advance(ms);
    },
    timeout: (ms) => {
      const controller = new AbortController();
      timers.push({ at: time + ms, controller });
      return controller.signal;
    },
  };
}
