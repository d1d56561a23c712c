import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_CHANNEL, type ContentMessage } from '../../../src/core/messages';
import type { VistkyDatabase } from '../../../src/storage';
import { announceRefresh, refreshAndAnnounce } from '../../../src/refresh';
import { FEED_URL, openTestDatabase } from '../storage/test-database';
import { makeItem, toJsonFeed } from './json-feed';

const NOW = new Date('2026-03-10T12:00:00.000Z');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Listens on the content channel as an open page does; resolves with the next message. */
function nextContentMessage(): Promise<ContentMessage> {
  const channel = new BroadcastChannel(CONTENT_CHANNEL);
  return new Promise((resolve) => {
    channel.onmessage = (event: MessageEvent<ContentMessage>) => {
      channel.close();
      resolve(event.data);
    };
  });
}

describe('announceRefresh', () => {
  it('delivers the message to a listener on the content channel', async () => {
    const received = nextContentMessage();
    const failure = {
      kind: 'offline' as const,
      detail: 'Failed to fetch',
      status: null,
      retryAfter: null,
      at: NOW.toISOString(),
    };
    announceRefresh({ type: 'refresh-failed', feedUrl: FEED_URL, failure });
    expect(await received).toEqual({ type: 'refresh-failed', feedUrl: FEED_URL, failure });
  });
});

describe('refreshAndAnnounce', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('announces content-updated with the result after a refresh', async () => {
    server.use(http.get(FEED_URL, () => HttpResponse.text(toJsonFeed([makeItem('a')]))));
    const received = nextContentMessage();
    const result = await refreshAndAnnounce({ db, feedUrl: FEED_URL, now: () => NOW });
    expect(await received).toEqual({ type: 'content-updated', feedUrl: FEED_URL, result });
  });

  it('announces refresh-failed with the recorded failure and rethrows', async () => {
    server.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 502 })));
    const received = nextContentMessage();
    await expect(refreshAndAnnounce({ db, feedUrl: FEED_URL, now: () => NOW })).rejects.toThrow();
    expect(await received).toMatchObject({
      type: 'refresh-failed',
      failure: { kind: 'http', status: 502 },
    });
  });

  it('announces nothing when the caller aborts', async () => {
    server.use(
      http.get(FEED_URL, async () => {
        await delay('infinite');
        return HttpResponse.text('never');
      }),
    );
    const received = nextContentMessage();
    const signal = AbortSignal.abort();
    await expect(
      refreshAndAnnounce({ db, feedUrl: FEED_URL, now: () => NOW, signal }),
    ).rejects.toThrow();
    const marker = { type: 'content-updated' as const, feedUrl: 'marker', result: {} as never };
    announceRefresh(marker);
    expect(await received).toEqual(marker);
  });
});
