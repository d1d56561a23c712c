import { formatCityIso } from './city-time';
import { addDays } from './event-phrases';
import { CITY_TIME_ZONE } from './format-date';
import type { ArticleEvent } from './types';

/** What one calendar file says about an announcement's event. */
export interface CalendarEntry {
  event: ArticleEvent;
  /** The article's title: the event's summary. */
  title: string;
  /** The article's lead. */
  description: string;
  /** The article's page in the app, which the calendar links to. */
  pageUrl: string;
  /** Stable for one event, so importing the file again updates it rather than adding a twin. */
  uid: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

// Kyiv's rules since 1996, as tzdata has them: summer time from the last Sunday of March 03:00
// to the last Sunday of October 04:00 (RFC 5545 §3.6.5: each TZID used needs its VTIMEZONE).
// Every Ukrainian city keeps Kyiv's time; a city in a zone with no rules here gets UTC times.
const KYIV_TIME_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Kyiv',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and line breaks escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A content line folded at 75 octets (§3.1), never inside a character's UTF-8 bytes. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      parts.push(part);
      part = '';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

function toDateValue(day: string): string {
  return day.replaceAll('-', '');
}

function toLocalDateTime(day: string, time: string): string {
  return `${toDateValue(day)}T${time.replace(':', '')}00`;
}

/** A timed DTSTART or DTEND: in the city's zone when its rules are written here, else in UTC. */
function toTimedProperty(name: string, day: string, time: string): string {
  if (CITY_TIME_ZONE === 'Europe/Kyiv')
    return `${name};TZID=${CITY_TIME_ZONE}:${toLocalDateTime(day, time)}`;
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const iso = formatCityIso({
    year: year!,
    month: month!,
    day: date!,
    hour: hour!,
    minute: minute!,
  });
  return `${name}:${toUtcStamp(new Date(iso!))}`;
}

function toUtcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function toNextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = addDays({ year: year!, month: month!, day: date! }, 1);
  return [next.year, next.month, next.day]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('');
}

/**
 * An iCalendar file (RFC 5545) of one event: in the city's time zone when the text gave a time, else
 * whole days (DTEND the day after the last, §3.6.1), with the article's page as URL. A time
 * without an end gives no DTEND: the text does not say how long it lasts.
 */
export function toICalendar({
  event,
  title,
  description,
  pageUrl,
  uid,
  now,
}: CalendarEntry): string {
  // Days «з 30 листопада до 2 грудня» with only a start time are whole days in a calendar.
  const isTimed = event.startTime !== null && (event.endDate === null || event.endTime !== null);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vistky//City council news//UK',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(isTimed && CITY_TIME_ZONE === 'Europe/Kyiv' ? KYIV_TIME_ZONE : []),
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${toUtcStamp(now)}`,
  ];
  if (isTimed) {
    lines.push(toTimedProperty('DTSTART', event.startDate, event.startTime!));
    if (event.endTime !== null) {
      lines.push(toTimedProperty('DTEND', event.endDate ?? event.startDate, event.endTime));
    }
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${toDateValue(event.startDate)}`,
      `DTEND;VALUE=DATE:${toNextDay(event.endDate ?? event.startDate)}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(title)}`);
  if (event.place !== null) lines.push(`LOCATION:${escapeText(event.place)}`);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push(`URL:${pageUrl}`, 'END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
