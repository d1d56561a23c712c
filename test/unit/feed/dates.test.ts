import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/feed/dates';

describe('parseFeedDate, RFC 822', () => {
  it.each([
    ['Thu, 21 Dec 2023 23:32:32 +0200', '2023-12-21T21:32:32.000Z'],
    ['Thu, 21 Dec 2023 23:32:32 +0300', '2023-12-21T20:32:32.000Z'],
    ['Sat, 28 Mar 2026 11:40:00 -0430', '2026-03-28T16:10:00.000Z'],
    ['Sat, 28 Mar 2026 11:40:00 +03:00', '2026-03-28T08:40:00.000Z'],
  ])('applies the numeric offset of %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    ['EEST', '2026-04-02T13:05:00.000Z'],
    ['EET', '2026-04-02T14:05:00.000Z'],
    ['CEST', '2026-04-02T14:05:00.000Z'],
    ['CET', '2026-04-02T15:05:00.000Z'],
    ['MSK', '2026-04-02T13:05:00.000Z'],
    ['GMT', '2026-04-02T16:05:00.000Z'],
    ['UT', '2026-04-02T16:05:00.000Z'],
    ['UTC', '2026-04-02T16:05:00.000Z'],
    ['Z', '2026-04-02T16:05:00.000Z'],
    ['EST', '2026-04-02T21:05:00.000Z'],
    ['EDT', '2026-04-02T20:05:00.000Z'],
    ['CST', '2026-04-02T22:05:00.000Z'],
    ['CDT', '2026-04-02T21:05:00.000Z'],
    ['MST', '2026-04-02T23:05:00.000Z'],
    ['MDT', '2026-04-02T22:05:00.000Z'],
    ['PST', '2026-04-03T00:05:00.000Z'],
    ['PDT', '2026-04-02T23:05:00.000Z'],
  ])('knows the zone name %s', (zone, expected) => {
    expect(parseFeedDate(`Thu, 02 Apr 2026 16:05:00 ${zone}`)).toBe(expected);
  });

  it('treats a military zone letter as UTC, as RFC 2822 advises', () => {
    expect(parseFeedDate('Thu, 02 Apr 2026 16:05:00 A')).toBe('2026-04-02T16:05:00.000Z');
  });

  it('gives null for an unknown zone name', () => {
    expect(parseFeedDate('Thu, 02 Apr 2026 16:05:00 XYZ')).toBeNull();
  });

  it('accepts a date without a day name', () => {
    expect(parseFeedDate('2 Apr 2026 16:05:00 +0300')).toBe('2026-04-02T13:05:00.000Z');
  });

  it('accepts a time without seconds', () => {
    expect(parseFeedDate('Wed, 01 Apr 2026 09:30 GMT')).toBe('2026-04-01T09:30:00.000Z');
  });

  it('treats a date without a zone as UTC', () => {
    expect(parseFeedDate('Wed, 01 Apr 2026 09:30:00')).toBe('2026-04-01T09:30:00.000Z');
  });

  it.each([
    ['26', '2026'],
    ['49', '2049'],
    ['50', '1950'],
    ['99', '1999'],
    ['00', '2000'],
  ])('reads the two-digit year %s as %s', (short, full) => {
    expect(parseFeedDate(`01 Apr ${short} 09:30 GMT`)).toBe(`${full}-04-01T09:30:00.000Z`);
  });

  it('accepts full and lower-case month and day names', () => {
    expect(parseFeedDate('thursday, 21 december 2023 23:32:32 gmt')).toBe(
      '2023-12-21T23:32:32.000Z',
    );
  });

  it.each([
    ['Mon, 30 Feb 2026 10:00:00 GMT'],
    ['Mon, 29 Feb 2025 10:00:00 GMT'],
    ['Mon, 02 Mar 2026 25:00:00 GMT'],
    ['Mon, 02 Mar 2026 10:61:00 GMT'],
    ['Mon, 32 Jan 2026 10:00:00 GMT'],
    ['Mon, 02 Foo 2026 10:00:00 GMT'],
  ])('gives null for the impossible date %s', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseFeedDate('Thu, 29 Feb 2024 10:00:00 GMT')).toBe('2024-02-29T10:00:00.000Z');
  });
});

describe('parseFeedDate, ISO 8601', () => {
  it.each([
    ['2026-03-27T10:15:00+02:00', '2026-03-27T08:15:00.000Z'],
    ['2026-03-27T10:15:00-0130', '2026-03-27T11:45:00.000Z'],
    ['2026-03-27T10:15:00Z', '2026-03-27T10:15:00.000Z'],
    ['2026-03-27t10:15:00z', '2026-03-27T10:15:00.000Z'],
    ['2026-03-27T10:15+03:00', '2026-03-27T07:15:00.000Z'],
    ['2026-03-27 10:15:00', '2026-03-27T10:15:00.000Z'],
    ['2026-03-27T10:15:00.123456Z', '2026-03-27T10:15:00.123Z'],
  ])('reads %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it('treats a date-time without a zone as UTC', () => {
    expect(parseFeedDate('2026-03-27T10:15:00')).toBe('2026-03-27T10:15:00.000Z');
  });

  it('reads a date alone as midnight UTC', () => {
    expect(parseFeedDate('2026-03-27')).toBe('2026-03-27T00:00:00.000Z');
  });

  it('crosses into the previous day in UTC for a time just after local midnight', () => {
    expect(parseFeedDate('2026-04-03T00:30:00+03:00')).toBe('2026-04-02T21:30:00.000Z');
  });

  it.each([['2026-13-01'], ['2026-02-30T10:00:00Z'], ['2026-03-27T25:00:00Z'], ['2026-00-10']])(
    'gives null for the impossible date %s',
    (input) => {
      expect(parseFeedDate(input)).toBeNull();
    },
  );

  it('keeps years below 100 as written instead of mapping them to the 1900s', () => {
    expect(parseFeedDate('0050-01-01')).toBe('0050-01-01T00:00:00.000Z');
  });
});

describe('parseFeedDate, anything else', () => {
  it.each([[null], [undefined], [''], ['   '], ['вчора'], ['27.03.2026 10:15']])(
    'gives null for %j',
    (input) => {
      expect(parseFeedDate(input)).toBeNull();
    },
  );

  it('gives null for a very long string without trying to parse it', () => {
    expect(parseFeedDate(`Thu,${' '.repeat(1_000_000)}02 Apr 2026 16:05:00 GMT`)).toBeNull();
  });
});
