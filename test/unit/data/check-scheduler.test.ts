import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckScheduler, type CheckScheduler } from '../../../src/data/check-scheduler';
import type { VistkyDatabase } from '../../../src/storage';
import { refreshFeed } from '../../../src/refresh';
import { FEED_URL, openTestDatabase } from '../storage/test-database';
import { makeItem, toJsonFeed } from '../refresh/json-feed';

const MINUTE = 60_000;
const INTERVAL = 15 * MINUTE;
const server = setupServer();
let requests: number[] = [];
let db: VistkyDatabase;
let scheduler: CheckScheduler;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

beforeEach(async () => {
  db = await openTestDatabase();
  requests = [];
  // Only timers and the clock are fake: IndexedDB and MSW settle on real microtasks.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    now: new Date('2026-11-27T12:00:00Z'),
  });
  scheduler = createCheckScheduler({
    run: () => refreshFeed({ db, feedUrl: FEED_URL, now: () => new Date() }),
    intervalMs: INTERVAL,
    now: () => Date.now(),
    random: () => 0.5,
  });
});

afterEach(() => {
  scheduler.stop();
  vi.useRealTimers();
  server.resetHandlers();
  db.close();
});

const T0 = new Date('2026-11-27T12:00:00Z').getTime();
const STEP = 15_000;

/** Lets IndexedDB, which runs on real macrotasks, finish what a fired timer started. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Moves the fake clock forward in small steps, letting each check finish before the next. */
async function advance(ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += STEP) {
    await vi.advanceTimersByTimeAsync(Math.min(STEP, ms - passed));
    await settle();
  }
}
const elapsedMinutes = () => requests.map((at) => (at - T0) / MINUTE);

function serve(respond: (request: Request) => Response) {
  server.use(
    http.get(FEED_URL, ({ request }) => {
      requests.push(Date.now());
      return respond(request);
    }),
  );
}

const feed = () =>
  new HttpResponse(toJsonFeed([makeItem('a')]), {
    headers: { 'Content-Type': 'application/feed+json', ETag: '"v1"' },
  });
const notModifiedOr200 = (request: Request) =>
  request.headers.get('If-None-Match') === '"v1"'
    ? new HttpResponse(null, { status: 304 })
    : feed();

describe('the foreground check scheduler', () => {
  it('checks on start and every 15 minutes: five conditional requests in an hour', async () => {
    serve(notModifiedOr200);
    await scheduler.check('start');
    await advance(60 * MINUTE);
    expect(elapsedMinutes()).toEqual([0, 15, 30, 45, 60]);
  });

  it('backs off exponentially after failures, up to an hour', async () => {
    serve(() => new HttpResponse('down', { status: 500 }));
    await scheduler.check('start');
    await advance(6 * 60 * MINUTE);
    const gaps = elapsedMinutes()
      .slice(1)
      .map((at, i) => at - elapsedMinutes()[i]!);
    // Equal jitter at its midpoint: three quarters of 1, 2, 4 … minutes, capped at 60.
    expect(gaps.slice(0, 7)).toEqual([0.75, 1.5, 3, 6, 12, 24, 45]);
    expect(Math.max(...gaps)).toBe(45);
  });

  it('waits for the Retry-After of a 503 before asking again', async () => {
    serve(() => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '600' } }));
    await scheduler.check('start');
    await advance(9 * MINUTE);
    expect(requests).toHaveLength(1);
    await advance(2 * MINUTE);
    expect(requests).toHaveLength(2);
  });

  it('does not undo the backoff when the tab is shown again', async () => {
    serve(() => new HttpResponse('down', { status: 500 }));
    await scheduler.check('start');
    scheduler.pause();
    await advance(10_000);
    await scheduler.check('visible');
    expect(requests).toHaveLength(1);
  });

  it('checks at once when the network comes back after a failure', async () => {
    let isDown = true;
    serve((request) => (isDown ? HttpResponse.error() : notModifiedOr200(request)));
    await scheduler.check('start');
    isDown = false;
    await scheduler.check('online');
    expect(requests).toHaveLength(2);
    expect(scheduler.getSchedule().consecutiveFailures).toBe(0);
  });

  it('runs no timers while the tab is hidden', async () => {
    serve(notModifiedOr200);
    await scheduler.check('start');
    scheduler.pause();
    await advance(2 * 60 * MINUTE);
    expect(requests).toHaveLength(1);
  });
});
