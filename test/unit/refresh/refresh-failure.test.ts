import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../../src/feed/parse';
import {
  HttpStatusError,
  NetworkError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../../src/net';
import { StorageFullError, StorageUnavailableError } from '../../../src/storage';
import { RefreshError, toRefreshFailure } from '../../../src/refresh';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const kindOf = (error: unknown) => toRefreshFailure(error, NOW).kind;

describe('toRefreshFailure', () => {
  it('calls a network failure offline', () => {
    expect(kindOf(new NetworkError('Failed to fetch'))).toBe('offline');
  });

  it('calls our timeout and AbortSignal.timeout() a timeout', () => {
    expect(kindOf(new TimeoutError('slow'))).toBe('timeout');
    expect(kindOf(new DOMException('signal timed out', 'TimeoutError'))).toBe('timeout');
  });

  it("calls the caller's abort aborted", () => {
    expect(kindOf(new DOMException('aborted', 'AbortError'))).toBe('aborted');
  });

  it('calls a 429 rate-limited even without Retry-After', () => {
    expect(toRefreshFailure(new HttpStatusError(429, null), NOW)).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfter: null,
    });
  });

  it('calls a 503 without Retry-After an HTTP failure', () => {
    expect(kindOf(new HttpStatusError(503, null))).toBe('http');
  });

  it('caps a Retry-After at one day, so a bad server cannot silence the app', () => {
    const failure = toRefreshFailure(new HttpStatusError(503, new Date('2027-01-01')), NOW);
    expect(failure.retryAfter).toBe('2026-03-11T12:00:00.000Z');
  });

  it('calls a web page or another document instead of the feed not-a-feed', () => {
    expect(kindOf(new FeedParseError('HTML page', 'html-page'))).toBe('not-a-feed');
    expect(kindOf(new FeedParseError('plain text', 'not-a-feed'))).toBe('not-a-feed');
    expect(kindOf(new FeedParseError('other JSON', 'not-json-feed'))).toBe('not-a-feed');
  });

  it('calls an empty, cut-off, oversized or itemless feed broken-feed', () => {
    for (const kind of ['empty', 'broken-xml', 'broken-json', 'too-deep', 'too-large'] as const) {
      expect(kindOf(new FeedParseError(kind, kind))).toBe('broken-feed');
    }
    expect(kindOf(new FeedParseError('no items', 'no-usable-items'))).toBe('broken-feed');
    expect(kindOf(new ResponseTooLargeError(10))).toBe('broken-feed');
  });

  it('tells a full disk from an unusable database', () => {
    expect(kindOf(new StorageFullError('quota'))).toBe('storage-full');
    expect(kindOf(new StorageUnavailableError('closed'))).toBe('storage-unavailable');
  });

  it('calls anything else unknown, keeping its message as the detail', () => {
    expect(toRefreshFailure(new RangeError('bug'), NOW)).toEqual({
      kind: 'unknown',
      detail: 'bug',
      status: null,
      retryAfter: null,
      at: NOW.toISOString(),
    });
  });

  it('passes the failure of a RefreshError through unchanged', () => {
    const failure = toRefreshFailure(new HttpStatusError(500, null), NOW);
    expect(toRefreshFailure(new RefreshError(failure), new Date())).toBe(failure);
  });
});
