import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/net/parse-retry-after';

const NOW = new Date('2026-03-10T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it('adds delay-seconds to now', () => {
    expect(parseRetryAfter('3600', NOW)).toEqual(new Date('2026-03-10T13:00:00.000Z'));
  });

  it('reads an HTTP-date as an absolute time when the server sent no Date', () => {
    expect(parseRetryAfter('Tue, 10 Mar 2026 12:30:00 GMT', NOW)).toEqual(
      new Date('2026-03-10T12:30:00.000Z'),
    );
  });

  it('ignores a value that is neither seconds nor a date', () => {
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
  });

  it('answers null when there is no header', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });
});
