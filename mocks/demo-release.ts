import { formatKyivIso } from './demo-dates';
import type { DemoArticle, UpcomingDemoArticle } from './fixtures/demo-article';

const DEFAULT_INTERVAL_MINUTES = 5;

/** The release interval DEMO_NEW_ITEM_MINUTES asks for, in ms (default 5 minutes; 0 or 'off' stops it). */
export function getNewItemIntervalMs(
  env: Record<string, string | undefined> = process.env,
): number {
  const raw = env.DEMO_NEW_ITEM_MINUTES?.trim().toLowerCase();
  if (!raw) return DEFAULT_INTERVAL_MINUTES * 60_000;
  if (raw === 'off') return 0;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new Error(`DEMO_NEW_ITEM_MINUTES must be a number of minutes or 'off', not '${raw}'`);
  }
  return minutes * 60_000;
}

/** The pool of upcoming articles and which of them the running demo has published so far. */
export interface UpcomingRelease {
  /** Released articles, oldest first, after publishing whatever the schedule says is due. */
  listReleased(): DemoArticle[];
  /** Publishes the next pooled article now; null when the pool is used up. */
  releaseNext(): DemoArticle | null;
  /** Takes every released article back and restarts the schedule from now. */
  reset(): void;
}

/** Creates the release schedule: one pooled article every `intervalMs` after `startedAt` (0 = never). */
export function createUpcomingRelease(options: {
  pool: readonly UpcomingDemoArticle[];
  now: () => number;
  intervalMs: number;
  startedAt: number;
}): UpcomingRelease {
  const { pool, now, intervalMs } = options;
  let released: DemoArticle[] = [];
  let nextDueAt = options.startedAt + intervalMs;

  const release = (at: number): DemoArticle | null => {
    const next = pool[released.length];
    if (!next) return null;
    const article: DemoArticle = { ...next, publishedAt: formatKyivIso(at) };
    released.push(article);
    return article;
  };
  // Catching up lazily on each request keeps the demo free of timers, and each item keeps the
  // time it was due even if nobody asked for the feed at that moment.
  const catchUp = (): void => {
    if (intervalMs <= 0) return;
    const time = now();
    while (nextDueAt <= time && released.length < pool.length) {
      release(nextDueAt);
      nextDueAt += intervalMs;
    }
  };

  return {
    listReleased: () => {
      catchUp();
      return [...released];
    },
    releaseNext: () => {
      catchUp();
      return release(now());
    },
    reset: () => {
      released = [];
      nextDueAt = now() + intervalMs;
    },
  };
}
