import { describe, expect, it } from 'vitest';
import { isEventOver } from '../../../src/core/event-over';
import { formatEventWhen } from '../../../src/core/format-event';
import type { ArticleEvent } from '../../../src/core/types';

function event(fields: Partial<ArticleEvent>): ArticleEvent {
  return {
    startDate: '2026-12-15',
    startTime: null,
    endDate: null,
    endTime: null,
    place: null,
    when: '',
    ...fields,
  };
}

describe('formatEventWhen', () => {
  it('writes a day and a time in the interface’s language', () => {
    const session = event({ startTime: '10:00' });
    expect(formatEventWhen(session, 'uk-UA')).toBe('15 грудня, 10:00');
    expect(formatEventWhen(session, 'en')).toBe('December 15, 10:00');
  });

  it('writes a range of days and of hours', () => {
    expect(
      formatEventWhen(event({ startDate: '2026-11-30', endDate: '2026-12-02' }), 'uk-UA'),
    ).toBe('30 листопада – 2 грудня');
    expect(formatEventWhen(event({ startTime: '10:00', endTime: '13:00' }), 'uk-UA')).toBe(
      '15 грудня, 10:00–13:00',
    );
  });

  it('keeps the day it is given, whatever zone the device is in', () => {
    expect(formatEventWhen(event({ startDate: '2026-03-01' }), 'uk-UA')).toBe('1 березня');
  });
});

describe('isEventOver', () => {
  const at = (iso: string) => Date.parse(iso);

  it('holds an event without an end time until its day is over in Kyiv', () => {
    const session = event({ startTime: '10:00' });
    expect(isEventOver(session, at('2026-12-15T21:59:00Z'))).toBe(false);
    expect(isEventOver(session, at('2026-12-15T22:00:00Z'))).toBe(true);
  });

  it('ends a timed event at its end time, in summer time too', () => {
    const fair = event({ startDate: '2026-07-15', startTime: '10:00', endTime: '13:00' });
    expect(isEventOver(fair, at('2026-07-15T09:59:00Z'))).toBe(false);
    expect(isEventOver(fair, at('2026-07-15T10:01:00Z'))).toBe(true);
  });

  it('ends a range after its last day', () => {
    const fair = event({ startDate: '2026-11-30', endDate: '2026-12-02' });
    expect(isEventOver(fair, at('2026-12-01T12:00:00Z'))).toBe(false);
    expect(isEventOver(fair, at('2026-12-02T22:30:00Z'))).toBe(true);
  });
});
