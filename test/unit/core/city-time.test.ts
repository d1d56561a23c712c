import { describe, expect, it } from 'vitest';
import { formatCityIso, getCityOffsetMinutes } from '../../../src/core/city-time';

describe('getCityOffsetMinutes', () => {
  it('is +02:00 in winter and +03:00 in summer', () => {
    expect(getCityOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(120);
    expect(getCityOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(180);
  });

  it('changes at 01:00 UTC on the last Sundays of March and October 2026', () => {
    expect(getCityOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).toBe(120);
    expect(getCityOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(180);
    expect(getCityOffsetMinutes(Date.parse('2026-10-25T00:59:59Z'))).toBe(180);
    expect(getCityOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(120);
  });
});

describe('formatCityIso', () => {
  it('writes a wall time with the offset in force at that moment', () => {
    expect(formatCityIso({ year: 2026, month: 3, day: 28, hour: 11, minute: 40 })).toBe(
      '2026-03-28T11:40:00+02:00',
    );
  });

  it('gives null for a day the calendar does not have', () => {
    expect(formatCityIso({ year: 2026, month: 2, day: 29, hour: 0, minute: 0 })).toBeNull();
    expect(formatCityIso({ year: 2024, month: 2, day: 29, hour: 0, minute: 0 })).toBe(
      '2024-02-29T00:00:00+02:00',
    );
  });
});
