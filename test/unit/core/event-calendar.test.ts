import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar, type CalendarEntry } from '../../../src/core/event-calendar';
import type { ArticleEvent } from '../../../src/core/types';

const NOW = new Date('2026-11-13T08:30:00Z');

function entry(event: Partial<ArticleEvent>, fields: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    event: {
      startDate: '2026-12-15',
      startTime: '10:00',
      endDate: null,
      endTime: null,
      place: 'вул. Магістратська, 7',
      when: '15 грудня, 10:00',
      ...event,
    },
    title: 'Пленарне засідання 42-ї сесії міської ради',
    description: 'Засідання розпочнеться о 10:00 у сесійній залі.',
    pageUrl: 'https://news.example.gov.ua/news/abc123',
    uid: 'abc123-2026-12-15@news.example.gov.ua',
    now: NOW,
    ...fields,
  };
}

/** The file read by ical.js, its own time zones registered, and its one event. */
function read(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

const toUtc = (time: ICAL.Time) => time.toJSDate().toISOString();

describe('the calendar file of an announcement', () => {
  it('puts 10:00 in Kyiv in winter at 08:00 UTC', () => {
    const event = read(toICalendar(entry({})));
    expect(event.startDate.zone?.tzid).toBe('Europe/Kyiv');
    expect(toUtc(event.startDate)).toBe('2026-12-15T08:00:00.000Z');
  });

  it('puts 10:00 in Kyiv in summer at 07:00 UTC', () => {
    const event = read(toICalendar(entry({ startDate: '2027-07-15', endTime: '12:30' })));
    expect(toUtc(event.startDate)).toBe('2027-07-15T07:00:00.000Z');
    expect(toUtc(event.endDate)).toBe('2027-07-15T09:30:00.000Z');
  });

  it('carries the UID, DTSTAMP, summary, place, lead and the app’s page', () => {
    const ics = toICalendar(entry({}));
    const event = read(ics);
    expect(event.uid).toBe('abc123-2026-12-15@news.example.gov.ua');
    expect(event.summary).toBe('Пленарне засідання 42-ї сесії міської ради');
    expect(event.location).toBe('вул. Магістратська, 7');
    expect(event.description).toBe('Засідання розпочнеться о 10:00 у сесійній залі.');
    const vevent = event.component;
    expect(vevent.getFirstPropertyValue('url')).toBe('https://news.example.gov.ua/news/abc123');
    expect(toUtc(vevent.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe(NOW.toISOString());
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(ics).toContain('DTSTART;TZID=Europe/Kyiv:20261215T100000\r\n');
  });

  it('gives whole days for an event without a time, DTEND the day after the last', () => {
    const ics = toICalendar(
      entry({ startDate: '2026-11-30', endDate: '2026-12-02', startTime: null, place: null }),
    );
    const event = read(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-11-30');
    expect(event.endDate.toString()).toBe('2026-12-03');
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).not.toContain('LOCATION');
  });

  it('ends a timed range on its last day', () => {
    const event = read(
      toICalendar(
        entry({
          startDate: '2026-11-26',
          endDate: '2026-11-27',
          endTime: '17:00',
          startTime: '08:00',
        }),
      ),
    );
    expect(toUtc(event.endDate)).toBe('2026-11-27T15:00:00.000Z');
  });

  it('escapes commas, semicolons and backslashes, and folds long lines between characters', () => {
    const ics = toICalendar(
      entry(
        {},
        { title: 'Сесія; порядок денний, 22 питання \\ проєкти', description: 'ж'.repeat(100) },
      ),
    );
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain('SUMMARY:Сесія\\; порядок денний\\, 22 питання \\\\ проєкти');
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const event = read(ics);
    expect(event.summary).toBe('Сесія; порядок денний, 22 питання \\ проєкти');
    expect(event.description).toBe('ж'.repeat(100));
  });
});
