import { describe, expect, it } from 'vitest';
import { formatKyivIso, getKyivOffsetMinutes } from '../../../src/portal-bridge/kyiv-time';

describe('getKyivOffsetMinutes', () => {
  it('is +02:00 in winter and +03:00 in summer', () => {
    expect(getKyivOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(120);
    expect(getKyivOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(180);
  });

  it('changes at 01:00 UTC on the last Sundays of March and October 2026', () => {
    expect(getKyivOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).toBe(120);
    expect(getKyivOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(180);
    expect(getKyivOffsetMinutes(Date.parse('2026-10-25T00:59:59Z'))).toBe(180);
    expect(getKyivOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(120);
  });
});

describe('formatKyivIso', () => {
  it('writes a wall time with the offset in force at that moment', () => {
    expect(formatKyivIso({ year: 2026, month: 3, day: 28, hour: 11, minute: 40 })).toBe(
      '2026-03-28T11:40:00+02:00',
    );
  });

  it('gives null for a day the calendar does not have', () => {
    expect(formatKyivIso({ year: 2026, month: 2, day: 29, hour: 0, minute: 0 })).toBeNull();
    expect(formatKyivIso({ year: 2024, month: 2, day: 29, hour: 0, minute: 0 })).toBe(
      '2024-02-29T00:00:00+02:00',
    );
  });
});
