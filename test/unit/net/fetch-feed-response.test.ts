import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchFeedResponse,
  HttpStatusError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../../src/net';

const FEED_URL = 'https://rada.example/feed.json';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const now = () => NOW;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answer = (resolver: Parameters<typeof http.get>[1]) =>
  server.use(http.get(FEED_URL, resolver));

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the request should have failed'),
    (error: unknown) => error,
  );
}

describe('fetchFeedResponse', () => {
  it('returns the body, its type and its validators on 200', async () => {
    answer(() =>
      HttpResponse.text('{"version":"https://jsonfeed.org/version/1.1"}', {
        headers: {
          'Content-Type': 'application/feed+json',
          ETag: '"abc"',
          'Last-Modified': 'Mon, 09 Mar 2026 10:00:00 GMT',
        },
      }),
    );
    const response = await fetchFeedResponse(FEED_URL, { now });
    expect(response).toMatchObject({
      status: 200,
      contentType: 'application/feed+json',
      etag: '"abc"',
      lastModified: 'Mon, 09 Mar 2026 10:00:00 GMT',
    });
    if (response.status !== 200) throw new Error('expected 200');
    expect(new TextDecoder().decode(response.bytes)).toContain('jsonfeed');
  });

  it('sends the stored validators and returns 304 when the feed is unchanged', async () => {
    answer(({ request }) =>
      request.headers.get('If-None-Match') === '"abc"' &&
      request.headers.get('If-Modified-Since') === 'Mon, 09 Mar 2026 10:00:00 GMT'
        ? new HttpResponse(null, { status: 304 })
        : HttpResponse.text('full body'),
    );
    const response = await fetchFeedResponse(FEED_URL, {
      etag: '"abc"',
      lastModified: 'Mon, 09 Mar 2026 10:00:00 GMT',
      now,
    });
    expect(response).toEqual({ status: 304 });
  });

  it('sends no conditional headers when nothing is stored', async () => {
    answer(({ request }) =>
      HttpResponse.text(
        `${request.headers.has('If-None-Match')} ${request.headers.has('If-Modified-Since')}`,
      ),
    );
    const response = await fetchFeedResponse(FEED_URL, { etag: null, now });
    if (response.status !== 200) throw new Error('expected 200');
    expect(new TextDecoder().decode(response.bytes)).toBe('false false');
  });

  it('keeps the HTTP cache out of the request', async () => {
    answer(({ request }) => HttpResponse.text(request.cache));
    const response = await fetchFeedResponse(FEED_URL, { now });
    if (response.status !== 200) throw new Error('expected 200');
    expect(new TextDecoder().decode(response.bytes)).toBe('no-store');
  });

  it('throws HttpStatusError with the status on a server error', async () => {
    answer(() => new HttpResponse('Internal error', { status: 500 }));
    const error = await caught(fetchFeedResponse(FEED_URL, { now }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 500, retryAfter: null });
  });

  it('reads Retry-After in seconds from a 429 relative to now', async () => {
    answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    const error = await caught(fetchFeedResponse(FEED_URL, { now }));
    expect(error).toMatchObject({
      status: 429,
      retryAfter: new Date('2026-03-10T12:02:00.000Z'),
    });
  });

  it('reads Retry-After as an HTTP-date from a 503', async () => {
    answer(
      () =>
        new HttpResponse(null, {
          status: 503,
          headers: { 'Retry-After': 'Tue, 10 Mar 2026 13:00:00 GMT' },
        }),
    );
    const error = await caught(fetchFeedResponse(FEED_URL, { now }));
    expect(error).toMatchObject({ status: 503, retryAfter: new Date('2026-03-10T13:00:00Z') });
  });

  it("measures a Retry-After date against the server's clock when it sends one", async () => {
    answer(
      () =>
        new HttpResponse(null, {
          status: 503,
          headers: {
            'Retry-After': 'Wed, 01 Jan 2025 10:05:00 GMT',
            Date: 'Wed, 01 Jan 2025 10:00:00 GMT',
          },
        }),
    );
    const error = await caught(fetchFeedResponse(FEED_URL, { now }));
    expect(error).toMatchObject({ retryAfter: new Date('2026-03-10T12:05:00.000Z') });
  });

  it('throws NetworkError when the request gets no answer at all', async () => {
    answer(() => HttpResponse.error());
    expect(await caught(fetchFeedResponse(FEED_URL, { now }))).toBeInstanceOf(NetworkError);
  });

  it('throws NetworkError when fetch rejects, as it does on a redirect loop', async () => {
    const fetch = () => Promise.reject(new TypeError('redirect count exceeded'));
    expect(await caught(fetchFeedResponse(FEED_URL, { now, fetch }))).toBeInstanceOf(NetworkError);
  });

  it('throws TimeoutError when the server does not answer in time', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.text('never');
    });
    const error = await caught(fetchFeedResponse(FEED_URL, { now, timeoutMs: 50 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('throws TimeoutError when the body stalls after the headers arrived', async () => {
    answer(() => new HttpResponse(new ReadableStream({ pull: () => new Promise(() => {}) })));
    const error = await caught(fetchFeedResponse(FEED_URL, { now, timeoutMs: 50 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("rethrows the caller's AbortError when the caller aborts", async () => {
    const controller = new AbortController();
    // The caller gives up once the request is under way, as a reader leaving the screen does.
    answer(async () => {
      controller.abort();
      await delay('infinite');
      return HttpResponse.text('never');
    });
    const error = await caught(fetchFeedResponse(FEED_URL, { now, signal: controller.signal }));
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('throws ResponseTooLargeError for a body over the cap without a Content-Length', async () => {
    answer(
      () =>
        new HttpResponse(
          new ReadableStream({
            pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)),
          }),
        ),
    );
    const error = await caught(fetchFeedResponse(FEED_URL, { now, maxBytes: 256 * 1024 }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('throws ResponseTooLargeError at once when Content-Length is over the cap', async () => {
    answer(() => HttpResponse.text('x'.repeat(2048), { headers: { 'Content-Length': '2048' } }));
    const error = await caught(fetchFeedResponse(FEED_URL, { now, maxBytes: 1024 }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });
});
