import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { toICalendar } from '../../../src/core/event-calendar';

// A city whose zone has no rules in the calendar module: Kyiv's must not be used for it.
vi.mock('#city/timeZone', () => ({ timeZone: 'America/New_York' }));

describe('the calendar file of a city outside Kyiv’s time zone', () => {
  it('writes the event’s times in UTC, with no VTIMEZONE of Kyiv', () => {
    const ics = toICalendar({
      event: {
        startDate: '2026-12-15',
        startTime: '10:00',
        endDate: null,
        endTime: '12:30',
        place: null,
        when: '15 грудня, 10:00–12:30',
      },
      title: 'Засідання',
      description: '',
      pageUrl: 'https://news.example/news/abc',
      uid: 'abc@news.example',
      now: new Date('2026-11-13T08:30:00Z'),
    });
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).not.toContain('Europe/Kyiv');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
    );
    // 10:00 in New York in December is 15:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-15T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-15T17:30:00.000Z');
  });
});
